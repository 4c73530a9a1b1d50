package io.flarewatch.sentiment;

import io.flarewatch.sentiment.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits social-media text into words, emoji and emoticons: links and @handles are skipped, hashtags become
 * their words (#porażka → porażka), elongations are collapsed (suuuper → super), shouting is noticed.
 */
final class Tokenizer {

    private static final Pattern UNITS = Pattern.compile(String.join(
            "|",
            "(?<skip>https?://\\S+|www\\.\\S+|@[\\w.]+)",
            "(?<emoticon>(?<![\\w])(?:[:;=8][-'^]?[()DPpO/\\\\|\\[\\]*3]+|<3|xD+|XD+)(?![\\w]))",
            "(?<word>[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?)",
            "(?<bang>!+)",
            "(?<question>\\?+)",
            "(?<punctuation>[.,;:]+)",
            "(?<emoji>[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}])"));
    private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        boolean allCaps = text.equals(text.toUpperCase(Locale.ROOT));
        List<Token> tokens = new ArrayList<>();
        Matcher m = UNITS.matcher(text);
        while (m.find()) {
            if (m.group("skip") != null) {
                continue;
            }
            if (m.group("emoticon") != null) {
                tokens.add(new Token(m.group(), m.start(), m.end(), Kind.EMOTICON, false));
            } else if (m.group("word") != null) {
                if (m.start() > 0 && text.charAt(m.start() - 1) == '#') {
                    // a hashtag is a statement of its own: the words before it do not negate or intensify it
                    tokens.add(new Token("#", m.start() - 1, m.start(), Kind.PUNCTUATION, false));
                }
                String word = ELONGATION.matcher(m.group()).replaceAll("$1");
                boolean shouted = !allCaps
                        && word.length() >= 3
                        && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))
                        && word.chars().anyMatch(Character::isLetter);
                tokens.add(new Token(word, m.start(), m.end(), Kind.WORD, shouted));
            } else if (m.group("bang") != null) {
                tokens.add(new Token(m.group(), m.start(), m.end(), Kind.EXCLAMATION, false));
            } else if (m.group("punctuation") != null) {
                tokens.add(new Token(m.group(), m.start(), m.end(), Kind.PUNCTUATION, false));
            } else if (m.group("question") != null) {
                tokens.add(new Token(m.group(), m.start(), m.end(), Kind.QUESTION, false));
            } else {
                tokens.add(new Token(m.group(), m.start(), m.end(), Kind.EMOJI, false));
            }
        }
        return tokens;
    }
}
