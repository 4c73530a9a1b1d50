package io.flarewatch.api.notify;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.HashMap;
import java.util.Map;

/** The text parts of a received email, by content type ({@code text/plain}, {@code text/html}). */
public final class MailParts {

    private MailParts() {}

    /** Every text part of {@code part}, walking nested multiparts. */
    public static Map<String, String> of(Part part) throws Exception {
        Map<String, String> parts = new HashMap<>();
        collect(part, parts);
        return parts;
    }

    private static void collect(Part part, Map<String, String> parts) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        } else if (part.isMimeType("text/plain")) {
            parts.put("text/plain", content.toString());
        } else if (part.isMimeType("text/html")) {
            parts.put("text/html", content.toString());
        }
    }
}
