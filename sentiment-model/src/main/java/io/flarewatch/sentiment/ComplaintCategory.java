package io.flarewatch.sentiment;

import java.util.Locale;

/** What a complaint is about, as customer-care teams sort them. */
public enum ComplaintCategory {
    NO_ANSWER,
    LONG_WAIT,
    RUDE_STAFF,
    DELIVERY,
    RETURNS_REFUNDS,
    PRODUCT_DEFECT,
    PRICE_BILLING,
    OUTAGE;

    /** The lowercase name used on the wire, e.g. {@code no_answer}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
