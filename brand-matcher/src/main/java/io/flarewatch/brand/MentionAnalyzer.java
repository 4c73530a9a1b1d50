package io.flarewatch.brand;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analysis of each field of a mention document (see the package documentation). */
final class MentionAnalyzer extends DelegatingAnalyzerWrapper {

    private final Analyzer text = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new InflectionKeysFilter(tokenizer));
        }
    };
    private final Analyzer caseSensitive = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };
    private final Analyzer keyword = new KeywordAnalyzer();
    private final Map<String, Analyzer> byField = Map.of(Fields.TEXT, text, Fields.TEXT_CASE, caseSensitive);

    MentionAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return byField.getOrDefault(fieldName, keyword);
    }
}
