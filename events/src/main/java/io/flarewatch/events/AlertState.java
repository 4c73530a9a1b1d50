package io.flarewatch.events;

/** Where an alert is in its life: raised, grown or escalated, or over. */
public enum AlertState {
    /** A new incident. */
    OPENED,
    /** The incident grew or escalated. */
    UPDATED,
    /** The brand is back near its usual level: all clear. */
    RESOLVED
}
