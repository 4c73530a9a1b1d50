package io.flarewatch.events;

/**
 * The person or account that wrote a mention.
 *
 * @param id        the author's id at the source
 * @param name      the display name or handle
 * @param followers how many people follow the author (0 when unknown); the reach of what they write
 */
public record Author(String id, String name, long followers) {}
