package io.flarewatch.sentiment;

/**
 * A text with its gold sentiment label, for learning and evaluation.
 *
 * @param label the gold label
 * @param text  the text
 */
public record LabelledText(SentimentLabel label, String text) {}
