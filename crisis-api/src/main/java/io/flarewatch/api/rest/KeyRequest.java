package io.flarewatch.api.rest;

/**
 * A new API key.
 *
 * @param name who or what will use it, e.g. "helpdesk integration"
 * @param role {@code viewer}, {@code responder}, {@code admin} or {@code source}
 */
public record KeyRequest(String name, String role) {}
