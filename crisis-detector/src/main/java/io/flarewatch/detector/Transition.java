package io.flarewatch.detector;

/** A change in a brand's incident. */
public enum Transition {
    /** A new incident. */
    OPENED,
    /** The open incident grew or escalated. */
    UPDATED,
    /** The brand has been back near its expected level for a while: all clear. */
    RESOLVED
}
