package org.skinadvisor.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of record bytes, so a report names exactly the input each result came from. */
public final class Hashes {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    });

    private Hashes() {
    }

    public static String sha256(byte[] data, int offset, int length) {
        MessageDigest md = SHA256.get();
        md.update(data, offset, length);
        return HexFormat.of().formatHex(md.digest());
    }

    public static String sha256(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return sha256(b, 0, b.length);
    }
}
