package io.flarewatch.localstack.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A brand invented for a load run: a pronounceable made-up name (so that no real word or other brand matches
 * it) whose id is {@code load-<run>-<name>}: a new id each run, so that no alert or detector state of an earlier
 * run carries over (the names repeat; each run deletes its brands at the end, so they never match twice).
 *
 * @param id   the brand id in crisis-api
 * @param name the brand name the mentions use and the query matches
 */
public record LoadBrand(String id, String name) {

    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "w", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "y"};
    private static final String[] CODAS = {"x", "n", "r", "ko", "ma", "lia", "tex", "vo"};

    /** {@code count} distinct names, the same for the same count, e.g. Bakex, Daleno, ..., with ids of the run. */
    public static List<LoadBrand> invent(int count, String runId) {
        List<LoadBrand> brands = new ArrayList<>(count);
        for (int i = 0; brands.size() < count; i++) {
            String name = ONSETS[i % ONSETS.length]
                    + VOWELS[(i / 3) % VOWELS.length]
                    + ONSETS[(i * 7 + 3) % ONSETS.length]
                    + VOWELS[(i / 2) % VOWELS.length]
                    + CODAS[(i / ONSETS.length) % CODAS.length]
                    + (i >= 300 ? Integer.toString(i / 300) : "");
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (brands.stream().noneMatch(b -> b.name().equals(capitalised))) {
                brands.add(new LoadBrand("load-" + runId + "-" + capitalised.toLowerCase(Locale.ROOT), capitalised));
            }
        }
        return brands;
    }
}
