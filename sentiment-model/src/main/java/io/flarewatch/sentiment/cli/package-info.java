/**
 * Thin command-line wrappers of the sentiment model: {@code score} (one JSON object per text),
 * {@code eval-sentiment} (confusion matrix and metrics on a labelled file, with optional K-fold cross-validation
 * and a comparison with VADER) and {@code train-sentiment} (rebuilds the shipped model files from the shared sets).
 */
package io.flarewatch.sentiment.cli;
