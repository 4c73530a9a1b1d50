package io.flarewatch.api.notify.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.api.notify.NotificationMessage;
import io.flarewatch.events.AlertMention;
import io.flarewatch.events.EventJson;
import java.util.List;

/** Turns a notification into a Slack Block Kit message for an incoming webhook. */
public final class SlackFormatter {

    static final int MAX_POSTS = 5;
    static final int MAX_POST_CHARS = 280;

    /** The JSON body to post: a fallback {@code text} and the {@code blocks}. */
    public String format(NotificationMessage message) {
        ObjectNode root = EventJson.mapper().createObjectNode();
        root.put("text", message.headline());
        ArrayNode blocks = root.putArray("blocks");
        blocks.addObject().put("type", "header").set("text", plain(message.headline()));
        blocks.addObject()
                .put("type", "section")
                .set("text", markdown("*" + escape(message.alert().reason()) + "*"));
        ObjectNode numbers = blocks.addObject().put("type", "section");
        ArrayNode fields = numbers.putArray("fields");
        fields.add(markdown("*Severity*\n" + message.alert().severity()));
        fields.add(markdown("*Mentions*\n" + message.mentionsLine()));
        fields.add(markdown("*Negative*\n" + message.negativeLine()));
        fields.add(markdown("*Reach*\n" + message.reachLine()));
        List<AlertMention> posts = message.alert().topMentions() == null
                ? List.of()
                : message.alert().topMentions();
        if (!posts.isEmpty()) {
            blocks.addObject().put("type", "section").set("text", markdown("*Posts to answer first*"));
            posts.stream()
                    .limit(MAX_POSTS)
                    .forEach(post -> blocks.addObject().put("type", "section").set("text", markdown(post(post))));
        }
        ObjectNode actions = blocks.addObject().put("type", "actions");
        ObjectNode button = actions.putArray("elements").addObject().put("type", "button");
        button.set("text", plain("Open the alert"));
        button.put("url", message.alertUrl());
        try {
            return EventJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Slack message cannot be written", e);
        }
    }

    private static String post(AlertMention post) {
        String text = post.text() == null ? "" : post.text();
        if (text.length() > MAX_POST_CHARS) {
            text = text.substring(0, MAX_POST_CHARS) + "…";
        }
        String who = escape(post.author()) + " (" + post.followers() + " followers)";
        String link = post.url() == null ? "" : " <" + post.url() + "|open>";
        return "• " + who + ": " + escape(text) + link;
    }

    /** Slack's mrkdwn needs only these three escaped. */
    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static ObjectNode plain(String text) {
        ObjectNode node =
                EventJson.mapper().createObjectNode().put("type", "plain_text").put("text", text);
        return node.put("emoji", true);
    }

    private static ObjectNode markdown(String text) {
        return EventJson.mapper().createObjectNode().put("type", "mrkdwn").put("text", text);
    }
}
