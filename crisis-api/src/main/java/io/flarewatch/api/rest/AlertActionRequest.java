package io.flarewatch.api.rest;

import io.flarewatch.api.service.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's action on an alert: {@code {"by":"anna"}} to acknowledge, {@code {"by":"anna","assignee":"piotr"}} to
 * assign, {@code {"by":"anna","text":"..."}} for a note, and optionally {@code "note"} (or {@code "text"}) when
 * resolving or reopening.
 *
 * @param by       who does it (required)
 * @param assignee whom to assign the alert to (assign only)
 * @param text     the note's text (notes; also accepted as the note of resolve and reopen)
 * @param note     the note of resolve and reopen
 */
public record AlertActionRequest(String by, String assignee, String text, String note) {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;

    /** The note given with resolve or reopen, if any. */
    String noteOrText() {
        return note != null && !note.isBlank() ? note : text != null && !text.isBlank() ? text : null;
    }

    /** The problems of a request: {@code by} always, {@code assignee} or {@code text} when the action needs them. */
    static List<FieldError> problems(AlertActionRequest request, boolean needsAssignee, boolean needsText) {
        if (request == null) {
            return List.of(new FieldError("by", "is required: {\"by\": \"your name\"}"));
        }
        List<FieldError> errors = new ArrayList<>();
        name("by", request.by(), errors);
        if (needsAssignee) {
            name("assignee", request.assignee(), errors);
        }
        if (needsText && (request.text() == null || request.text().isBlank())) {
            errors.add(new FieldError("text", "is required"));
        }
        String longest = needsText ? request.text() : request.noteOrText();
        if (longest != null && longest.length() > MAX_TEXT) {
            errors.add(new FieldError(
                    needsText || request.note() == null ? "text" : "note",
                    "must be at most " + MAX_TEXT + " characters"));
        }
        return errors;
    }

    private static void name(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > MAX_NAME) {
            errors.add(new FieldError(field, "must be at most " + MAX_NAME + " characters"));
        }
    }
}
