package io.flarewatch.sentiment.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arguments shared by the sentiment commands: an optional {@code --lang pl|en|auto}, {@code --cv K},
 * {@code --compare-vader}, {@code --brand WORD} (repeatable: the words that name the brand being scored) and positional
 * files.
 */
record Arguments(String language, List<String> files, int folds, boolean compareVader, List<String> brandWords) {

    private static final Set<String> LANGUAGES = Set.of("pl", "en", "auto");

    static Arguments parse(String[] args) {
        String language = "auto";
        int folds = 0;
        boolean compareVader = false;
        List<String> files = new ArrayList<>();
        List<String> brandWords = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                if (i + 1 >= args.length || !LANGUAGES.contains(args[i + 1])) {
                    throw new IllegalArgumentException("--lang takes pl, en or auto");
                }
                language = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                language = args[i].substring("--lang=".length());
                if (!LANGUAGES.contains(language)) {
                    throw new IllegalArgumentException("--lang takes pl, en or auto");
                }
            } else if (args[i].equals("--cv")) {
                if (i + 1 >= args.length || !args[i + 1].matches("[2-9]|10")) {
                    throw new IllegalArgumentException("--cv takes a number of folds from 2 to 10");
                }
                folds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--brand")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--brand takes a word naming the brand, e.g. --brand Biedronka");
                }
                brandWords.add(args[++i]);
            } else if (args[i].equals("--compare-vader")) {
                compareVader = true;
            } else if (args[i].startsWith("-") && !args[i].equals("-")) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            } else {
                files.add(args[i]);
            }
        }
        return new Arguments(language, files, folds, compareVader, List.copyOf(brandWords));
    }

    /** The hint for the model: null for automatic identification. */
    String hint() {
        return "auto".equals(language) ? null : language;
    }
}
