package io.flarewatch.api.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flarewatch.api.model.AlertAction;
import io.flarewatch.api.model.AlertEvent;
import io.flarewatch.api.model.AlertNotified;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An alert's story, oldest first: the detector's events ({@code opened}, {@code updated}, {@code resolved}, by
 * {@code detector}, with the reason as text) merged with the people's actions ({@code acknowledged},
 * {@code assigned}, {@code note}, {@code resolved_by_hand}, {@code reopened}) and the notifications delivered
 * ({@code notified}, by the channel, with what was told as text). At the same instant a detector event comes
 * first, then people's actions, then notifications.
 */
public final class Timeline {

    /**
     * One entry of the timeline.
     *
     * @param at       when it happened
     * @param kind     what happened, e.g. {@code opened} or {@code acknowledged}
     * @param by       who: {@code detector}, the person's name, or the channel of a notification
     * @param text     the detector's reason, the note, the assignee's name, or what a notification told
     * @param severity the severity the detector reported (detector events only)
     * @param state    the state the detector reported: {@code OPENED}, {@code UPDATED} or {@code RESOLVED}
     *                 (detector events only)
     * @param eventId  the detector event's id (detector events only)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            Instant at, String kind, String by, String text, String severity, String state, String eventId) {}

    private Timeline() {}

    /** The merged timeline of an alert's detector events and people's actions. */
    public static List<Entry> of(List<AlertEvent> events, List<AlertAction> actions) {
        return of(events, actions, List.of());
    }

    /** The merged timeline of an alert's detector events, people's actions and delivered notifications. */
    public static List<Entry> of(List<AlertEvent> events, List<AlertAction> actions, List<AlertNotified> notified) {
        List<Entry> detector = new ArrayList<>();
        for (AlertEvent e : events) {
            detector.add(new Entry(
                    e.occurredAt,
                    e.state.toLowerCase(Locale.ROOT),
                    AlertWorkflow.DETECTOR,
                    e.reason,
                    e.severity,
                    e.state,
                    e.eventId));
        }
        List<Entry> people = new ArrayList<>();
        for (AlertAction a : actions) {
            people.add(new Entry(a.occurredAt, a.kind, a.actor, a.text, null, null, null));
        }
        List<Entry> notifications = new ArrayList<>();
        for (AlertNotified n : notified) {
            notifications.add(
                    new Entry(n.notifiedAt, "notified", n.channel, n.kind.toLowerCase(Locale.ROOT), null, null, null));
        }
        // the lists come sorted; a stable sort of detector, people, notifications keeps that order at equal times
        List<Entry> all = new ArrayList<>(detector);
        all.addAll(people);
        all.addAll(notifications);
        all.sort(Comparator.comparing(Entry::at));
        return all;
    }
}
