package io.flarewatch.api.notify.channel;

import io.flarewatch.api.notify.NotificationMessage;
import io.flarewatch.events.AlertMention;
import java.util.List;

/** Turns a notification into an email with an HTML and a plain-text part of the same content. */
public final class EmailFormatter {

    /** The subject and both parts. */
    public EmailContent format(NotificationMessage message) {
        List<AlertMention> posts = message.alert().topMentions() == null
                ? List.of()
                : message.alert().topMentions();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<html><body>");
        text.append(message.headline())
                .append("\n\n")
                .append(message.alert().reason())
                .append("\n\n");
        html.append("<h2>").append(escape(message.headline())).append("</h2>");
        html.append("<p><strong>").append(escape(message.alert().reason())).append("</strong></p><ul>");
        for (String line : List.of(
                "Severity: " + message.alert().severity(),
                "Mentions: " + message.mentionsLine(),
                "Negative: " + message.negativeLine(),
                "Reach: " + message.reachLine())) {
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(escape(line)).append("</li>");
        }
        html.append("</ul>");
        if (!posts.isEmpty()) {
            text.append("\nPosts to answer first:\n");
            html.append("<h3>Posts to answer first</h3><ol>");
            for (AlertMention post :
                    posts.stream().limit(SlackFormatter.MAX_POSTS).toList()) {
                String who = post.author() + " (" + post.followers() + " followers)";
                text.append("- ").append(who).append(": ").append(post.text());
                html.append("<li>").append(escape(who)).append(": ").append(escape(post.text()));
                if (post.url() != null) {
                    text.append(" ").append(post.url());
                    html.append(" <a href=\"").append(escape(post.url())).append("\">open</a>");
                }
                text.append('\n');
                html.append("</li>");
            }
            html.append("</ol>");
        }
        text.append("\nOpen the alert: ").append(message.alertUrl()).append('\n');
        html.append("<p><a href=\"")
                .append(escape(message.alertUrl()))
                .append("\">Open the alert</a></p></body></html>");
        return new EmailContent("[Flarewatch] " + message.headline(), html.toString(), text.toString());
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
