package io.flarewatch.ingest.service;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of an NDJSON body, read one at a time from the stream and each decoded as strict UTF-8: a line that is
 * not UTF-8 fails alone, after the lines before it were handed out (a reader decoding ahead would fail them too).
 */
public final class NdjsonLines {

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1_024);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Lines of {@code in}; the caller closes it. */
    public NdjsonLines(InputStream in) {
        this.in = new BufferedInputStream(in, 64 * 1_024);
    }

    /** The next line without its end ({@code \n} or {@code \r\n}), null at the end of the body. */
    public String next() throws IOException {
        line.reset();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            line.write(b);
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return decode(bytes, length);
    }

    private String decode(byte[] bytes, int length) throws CharacterCodingException {
        return utf8.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    }
}
