package org.skinadvisor.knowledge;

import java.util.List;

/** A medicine by generic name with its brands; {@code confirm} is set when the name alone is not enough. */
public record Drug(String name, String atc, List<String> brands, List<String> sources, String confirm) {
}
