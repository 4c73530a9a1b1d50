package io.flarewatch.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * New API keys and their hashes. A key is 32 bytes from {@link SecureRandom} (256 bits), so an unsalted SHA-256
 * is enough: nobody can enumerate 2^256 candidates, and a slow password hash (bcrypt, Argon2) only protects
 * low-entropy secrets chosen by people, at the price of tens of milliseconds on every request.
 */
public final class KeyHashing {

    /** The prefix of generated keys, so that a leaked key is recognisable (e.g. by secret scanners). */
    public static final String PREFIX = "fw_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHashing() {}

    /** A new random key: {@code fw_} and 43 URL-safe characters. */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of a key, as stored. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
