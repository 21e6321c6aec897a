package org.skinadvisor.intake;

import org.skinadvisor.parsing.InvalidInputException;

/**
 * One input record as read: where it came from ({@code source}, e.g. "batch.jsonl:17"), the profile or the
 * reason it could not be read (exactly one of the two is set), and the SHA-256 of its bytes as read.
 */
public record IntakeRecord(String source, ReadProfile profile, InvalidInputException error, String inputSha256) {
    public static IntakeRecord valid(String source, ReadProfile profile, String hash) {
        return new IntakeRecord(source, profile, null, hash);
    }

    public static IntakeRecord invalid(String source, InvalidInputException error, String hash) {
        return new IntakeRecord(source, null, error, hash);
    }
}
