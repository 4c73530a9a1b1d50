/**
 * Brand queries as PR teams write them, matched live against mentions with Lucene Monitor.
 *
 * <p><b>Query language.</b> {@link io.flarewatch.brand.BrandQuery} parses words and "exact phrases", {@code AND}
 * (also implied between terms), {@code OR}, {@code NOT} and {@code -word}, parentheses, {@code NEAR/n} (within n
 * words, any order) and {@code ONEAR/n} (in order), {@code word*}, the filters {@code lang:}, {@code source:},
 * {@code author:} and {@code site:}, and {@code =WORD} for case-sensitive matching of acronyms (LOT, PKO). A
 * query that does not parse is rejected with the position of the problem.
 *
 * <p><b>Polish inflection.</b> Text is analysed into several keys per word, all at the same position: the word
 * lowercased and without diacritics, each Morfologik lemma of it (also without diacritics), and the word with a
 * Polish case ending removed. A query word is looked up by its lowercased, diacritics-free form, so
 * "Żabka" finds "w Żabce" (through the lemma), "zabka" (without diacritics), and "InPostem", "Orlenu" or
 * "mBankiem" (through the stripped ending) even though the dictionary does not know those names. Brand names
 * are never stemmed on the query side: the query word must be the base form.
 *
 * <p><b>Matching.</b> {@link io.flarewatch.brand.BrandMatcher} registers one query per brand in a Monitor with a
 * two-pass term-filtered presearcher: each query is indexed under two independent choices of its terms, and a
 * mention is checked only against the queries it hits in both, so that a brand queried as
 * {@code brand NEAR/5 dostawa} is not tried on every mention that merely says "dostawa". It reports which words
 * of the text matched, from the Monitor's highlights.
 */
package io.flarewatch.brand;
