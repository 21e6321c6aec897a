package org.skinadvisor.intake;

import org.skinadvisor.parsing.IntakeWarning;

import java.util.List;

/** A profile as read, with the warnings about what in it was not used. */
public record ReadProfile(IntakeProfile profile, List<IntakeWarning> warnings) {
}
