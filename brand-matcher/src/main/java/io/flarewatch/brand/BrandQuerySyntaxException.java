package io.flarewatch.brand;

/** A brand query that does not parse, with the position of the problem. */
public final class BrandQuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int position;

    /** A problem at {@code position} (0-based character offset) of the query. */
    public BrandQuerySyntaxException(String problem, int position) {
        super(problem + " at position " + (position + 1));
        this.position = position;
    }

    /** The 0-based character offset of the problem in the query. */
    public int position() {
        return position;
    }
}
