/**
 * Polish and English sentiment of social-media mentions, explained word by word.
 *
 * <p>The algorithm, per mention: {@link io.flarewatch.sentiment.Tokenizer} splits the text as people write it
 * (links and handles skipped, hashtags split, elongations collapsed, emoji and emoticons kept, capitals noticed);
 * the language is the source's, or else decided by common words, Polish letters and, for short texts, which
 * lexicon knows more words. Every word gets its lookup keys ({@link io.flarewatch.sentiment.KeyMaker}): for Polish
 * all Morfologik lemmas (any of them may carry a valence, the team's entry winning over a learned one), then the
 * word without diacritics, then without a case ending; for English the word and its Snowball stem.
 * {@link io.flarewatch.sentiment.RuleScorer} then scores customer-care phrases as units, then single words from
 * the {@link io.flarewatch.sentiment.Lexicon}, each word's valence multiplied by a negation within its scope, an
 * intensifier or softener just before it, and shouting; after a contrast word the clause weighs more and the one
 * before less; exclamation marks strengthen and a mild question is damped. The sum is squashed into (-1, 1) as
 * VADER does, and a narrow band around 0 is neutral. The words that moved the sum are returned with their offsets;
 * emotions, complaint categories and escalation come from cue phrases in the lexicon files.
 *
 * <p>The team's lexicons are completed by valences learned by {@link io.flarewatch.sentiment.LexiconLearner}
 * (naive Bayes log-count ratios of positive versus negative training texts), one file per training set, which
 * only fill the gaps of the team's lexicon.
 */
package io.flarewatch.sentiment;
