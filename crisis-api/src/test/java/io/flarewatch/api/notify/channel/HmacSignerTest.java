package io.flarewatch.api.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The webhook signature against the published HMAC-SHA256 test vectors of RFC 4231 and an independent HMAC. */
class HmacSignerTest {

    @Test
    void rfc4231TestCase1() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);
        assertEquals(
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                HmacSigner.hex(key, "Hi There".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void rfc4231TestCase2AsTheSignatureHeader() {
        assertEquals(
                "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HmacSigner.signatureHeader("Jefe", "what do ya want for nothing?"));
    }

    /**
     * The webhook header signs "timestamp.body" in UTF-8. Expected value from Python's {@code hmac} module:
     * {@code hmac.new(b'whsec-flarewatch-test', '1763856000.{"kind":"OPENED","brandName":"Żabka"}'.encode(),
     * hashlib.sha256).hexdigest()}.
     */
    @Test
    void theWebhookSignatureCoversTheTimestampAndTheUtf8Body() {
        assertEquals(
                "sha256=45dfd477b81ea89e7b0ea8dbf2689adc31d64c411939d3614091ac4f20e6fc4a",
                HmacSigner.webhookSignature(
                        "whsec-flarewatch-test", 1763856000L, "{\"kind\":\"OPENED\",\"brandName\":\"Żabka\"}"));
    }
}
