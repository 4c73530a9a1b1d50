/**
 * Thin command-line wrappers of the sentiment model: {@code score} (one JSON object per text),
 * {@code eval-sentiment} (confusion matrix and metrics on a labelled file, with optional K-fold cross-validation of
 * learned valences) and {@code learn-lexicon} (prints learned valences for a lexicon file).
 */
package io.flarewatch.sentiment.cli;
