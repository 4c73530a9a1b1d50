/**
 * Polish and English sentiment of social-media mentions, learned, explained word by word, and blind to the brand
 * being scored.
 *
 * <p>The algorithm, per mention: {@link io.flarewatch.sentiment.Tokenizer} splits the text as people write it
 * (links and handles skipped, hashtags split, elongations collapsed, emoji and emoticons kept, capitals noticed).
 * The language is the source's, or else {@link io.flarewatch.sentiment.LanguageIdentifier}'s: a character
 * n-gram naive Bayes model of Polish versus English. {@link io.flarewatch.sentiment.BrandMask} masks the words
 * that name a brand: the words that matched the brand being scored and a kept list of common brand and
 * organisation names, matched by lemma and case ending ("Biedronce"), so that no brand gets sentiment from the
 * training data and "Byłam dziś w Biedronce" is about shopping, not about Biedronka.
 * {@link io.flarewatch.sentiment.RuleScorer} reads the text with the team's lexicon (VADER's words completing
 * the English one): phrases, negation scope, intensifiers, contrast and exclamation marks give a lexicon score,
 * and cue phrases give emotions, complaint categories and escalation language.
 * {@link io.flarewatch.sentiment.FeatureExtractor} turns the text into features: Morfologik lemmas (Polish) or
 * Snowball stems (English), marked when negated or after a contrast, bigrams, emoji and emoticons, elongation,
 * shouting, "!" and "?", and the lexicon's positive, negative and mixed sums.
 * {@link io.flarewatch.sentiment.LinearModel}, a one-versus-rest logistic regression learned by liblinear
 * ({@link io.flarewatch.sentiment.SentimentTrainer}), gives each label a probability; the neutral one is
 * weighted by a setting chosen by cross-validation. The label is the most probable one, the score
 * P(positive) - P(negative), the confidence the label's probability, and each word's contribution its features'
 * positive-minus-negative weights. {@link io.flarewatch.sentiment.CrossValidation} measures all this honestly:
 * identical texts share a fold, and nothing of a scored fold is learned from.
 */
package io.flarewatch.sentiment;
