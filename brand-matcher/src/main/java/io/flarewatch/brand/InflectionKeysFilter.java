package io.flarewatch.brand;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Replaces each token by its {@link PolishKeys}, all at the token's position and with its offsets. */
final class InflectionKeysFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final PolishKeys polishKeys = new PolishKeys();
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    InflectionKeysFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        Iterator<String> keys = polishKeys.keys(term.toString()).iterator();
        String first = keys.next();
        keys.forEachRemaining(pending::add);
        current = captureState();
        term.setEmpty().append(first);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
