package io.flarewatch.api.notify.channel;

/**
 * An email's subject and its two bodies, which say the same.
 *
 * @param subject the subject line
 * @param html    the HTML part
 * @param text    the plain-text part
 */
public record EmailContent(String subject, String html, String text) {}
