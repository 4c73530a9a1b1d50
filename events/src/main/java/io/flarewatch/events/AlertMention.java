package io.flarewatch.events;

/**
 * One of the posts behind an alert that the team should answer first.
 *
 * @param mentionId the mention's id
 * @param url       the link to the post, may be null
 * @param author    the author's name
 * @param followers the author's followers
 * @param text      the text (possibly shortened)
 * @param score     the sentiment score, from -1 to 1
 */
public record AlertMention(String mentionId, String url, String author, long followers, String text, double score) {}
