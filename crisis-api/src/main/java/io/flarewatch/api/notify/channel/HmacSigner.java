package io.flarewatch.api.notify.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs webhook bodies with HMAC-SHA256, so that receivers can tell a Flarewatch delivery from a forgery. */
public final class HmacSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private HmacSigner() {}

    /** The lower-case hex HMAC-SHA256 of {@code body} under {@code key}. */
    public static String hex(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** {@code sha256=<hex>}: the HMAC-SHA256 of the UTF-8 {@code content} under the UTF-8 {@code secret}. */
    public static String signatureHeader(String secret, String content) {
        return "sha256=" + hex(secret.getBytes(StandardCharsets.UTF_8), content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The value of the {@code X-Flarewatch-Signature} header of a webhook: the signature of
     * {@code <timestamp>.<body>}, so that the timestamp header cannot be changed and an old delivery replayed.
     */
    public static String webhookSignature(String secret, long epochSeconds, String body) {
        return signatureHeader(secret, epochSeconds + "." + body);
    }
}
