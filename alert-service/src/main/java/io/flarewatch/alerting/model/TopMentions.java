package io.flarewatch.alerting.model;

import io.flarewatch.events.AlertMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the posts to answer first: the most negative ones with the widest reach. */
public final class TopMentions {

    private static final Comparator<AlertMention> MOST_URGENT_FIRST =
            Comparator.comparingDouble(TopMentions::urgency).reversed().thenComparing(AlertMention::mentionId);

    private TopMentions() {}

    /** How urgent answering a post is: negativity times the log of its reach, so one celebrity does not hide everyone. */
    public static double urgency(AlertMention mention) {
        double negativity = Math.max(0, -mention.score());
        return negativity * Math.log10(10 + mention.followers());
    }

    /** {@code current} with {@code candidate} considered, keeping the {@code limit} most urgent negative posts. */
    public static List<AlertMention> offer(List<AlertMention> current, AlertMention candidate, int limit) {
        if (candidate.score() >= 0
                || current.stream().anyMatch(m -> m.mentionId().equals(candidate.mentionId()))) {
            return current;
        }
        List<AlertMention> next = new ArrayList<>(current);
        next.add(candidate);
        next.sort(MOST_URGENT_FIRST);
        return next.size() > limit ? List.copyOf(next.subList(0, limit)) : List.copyOf(next);
    }
}
