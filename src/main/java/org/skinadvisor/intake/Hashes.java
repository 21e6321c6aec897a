package org.skinadvisor.intake;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of record bytes, so a report names exactly the input each result came from. */
public final class Hashes {
    /** The hex digits of a hash that a stamp shows: 64 bits, enough to tell records apart. */
    public static final int DIGITS = 16;

    /** A digest per thread, with the array it finishes into (a new one per record would be garbage). */
    private record Sha256(MessageDigest digest, byte[] out) {
    }

    private static final ThreadLocal<Sha256> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return new Sha256(md, new byte[md.getDigestLength()]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    });

    private Hashes() {
    }

    /** The first {@link #DIGITS} hex digits of the SHA-256 (only those are formatted: one per record). */
    public static String sha256Prefix(byte[] data, int offset, int length) {
        Sha256 sha = SHA256.get();
        sha.digest().update(data, offset, length);
        try {
            sha.digest().digest(sha.out(), 0, sha.out().length);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 digest fits its own length", e);
        }
        return HexFormat.of().formatHex(sha.out(), 0, DIGITS / 2);
    }

    public static String sha256Prefix(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return sha256Prefix(b, 0, b.length);
    }
}
