package org.skinadvisor.intake;

import org.skinadvisor.parsing.InvalidInputException;

/**
 * One input record as read: where it came from ({@code source}, e.g. "batch.jsonl:17"), the profile or the
 * reason it could not be read (exactly one of the two is set), and the SHA-256 of its bytes as read. A record that
 * could not be read may still name its patient plainly ({@code namedId}, else null): a label for its error record.
 */
public record IntakeRecord(String source, ReadProfile profile, InvalidInputException error, String inputSha256,
                           String namedId) {
    public static IntakeRecord valid(String source, ReadProfile profile, String hash) {
        return new IntakeRecord(source, profile, null, hash, null);
    }

    public static IntakeRecord invalid(String source, InvalidInputException error, String hash) {
        return new IntakeRecord(source, null, error, hash, null);
    }

    public static IntakeRecord invalid(String source, InvalidInputException error, String hash, String namedId) {
        return new IntakeRecord(source, null, error, hash, namedId);
    }
}
