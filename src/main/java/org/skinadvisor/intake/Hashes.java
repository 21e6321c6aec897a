package org.skinadvisor.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of record bytes, so a report names exactly the input each result came from. */
public final class Hashes {
    /** The hex digits of a hash that a stamp shows: 64 bits, enough to tell records apart. */
    public static final int DIGITS = 16;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    });

    private Hashes() {
    }

    /** The first {@link #DIGITS} hex digits of the SHA-256 (only those are formatted: one per record). */
    public static String sha256Prefix(byte[] data, int offset, int length) {
        MessageDigest md = SHA256.get();
        md.update(data, offset, length);
        return HexFormat.of().formatHex(md.digest(), 0, DIGITS / 2);
    }

    public static String sha256Prefix(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return sha256Prefix(b, 0, b.length);
    }
}
