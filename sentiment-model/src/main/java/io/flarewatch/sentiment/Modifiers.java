package io.flarewatch.sentiment;

import java.util.Set;

/** The words that change the words after them: negators, intensifiers, softeners, and contrast. */
final class Modifiers {

    /** A negated valence flips and weakens ("nie polecam" is negative, "nie jest źle" mildly positive). */
    static final double NEGATION = -0.74;
    /** "bardzo", "very": a stronger word. */
    static final double INTENSIFIER = 1.3;
    /** "trochę", "slightly": a weaker word. */
    static final double SOFTENER = 0.6;
    /** A word in capitals in a text that is not all capitals is shouted. */
    static final double SHOUTED = 1.25;
    /** Before "ale"/"but" a clause weighs less, after it more. */
    static final double BEFORE_CONTRAST = 0.5;
    /** See {@link #BEFORE_CONTRAST}. */
    static final double AFTER_CONTRAST = 1.5;
    /** How many words back a negator reaches. */
    static final int NEGATION_SCOPE = 3;

    private static final Set<String> NEGATORS_PL =
            Set.of("nie", "nigdy", "bez", "zaden", "zadna", "zadne", "zadnego", "zadnej", "ani", "brak", "nic", "nikt");
    private static final Set<String> NEGATORS_EN = Set.of(
            "not", "never", "no", "nobody", "nothing", "cannot", "without", "neither", "nor", "dont", "didnt", "doesnt",
            "isnt", "wasnt", "cant", "wont", "aint", "havent", "hasnt", "arent");
    private static final Set<String> INTENSIFIERS = Set.of(
            "bardzo",
            "mega",
            "strasznie",
            "totalnie",
            "naprawde",
            "niesamowicie",
            "okropnie",
            "wyjatkowo",
            "kompletnie",
            "absolutnie",
            "ogromnie",
            "najbardziej",
            "tak",
            "very",
            "so",
            "extremely",
            "really",
            "totally",
            "absolutely",
            "completely",
            "incredibly",
            "utterly",
            "too",
            "super",
            "highly",
            "seriously");
    private static final Set<String> SOFTENERS = Set.of(
            "troche", "nieco", "lekko", "troszke", "dosc", "slightly", "somewhat", "kinda", "bit", "little", "fairly");
    private static final Set<String> CONTRASTS =
            Set.of("ale", "jednak", "lecz", "natomiast", "but", "however", "although", "though");

    private Modifiers() {}

    static boolean negates(String folded, String language) {
        return "en".equals(language)
                ? NEGATORS_EN.contains(folded.replace("'", "").replace("’", "")) || folded.endsWith("n't")
                : NEGATORS_PL.contains(folded);
    }

    static boolean intensifies(String folded) {
        return INTENSIFIERS.contains(folded);
    }

    static boolean softens(String folded) {
        return SOFTENERS.contains(folded);
    }

    static boolean contrasts(String folded) {
        return CONTRASTS.contains(folded);
    }
}
