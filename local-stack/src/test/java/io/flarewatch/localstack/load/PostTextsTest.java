package io.flarewatch.localstack.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The load tool's posts are many people's own words: a storm of them must stay many stories, because ingest links
 * near-copies (3-word shingles, Jaccard at least 0.5, as its README states) and alert-service counts a story once.
 */
class PostTextsTest {

    private static final int POSTS = 1_500;

    @Test
    void aStormOfComplaintsAboutOneBrandStaysManyStories() {
        assertManyStories((polish, random) -> PostTexts.complaint("Kurierex", polish, random));
    }

    @Test
    void ordinaryChatterAboutOneBrandStaysManyStories() {
        assertManyStories((polish, random) -> PostTexts.ordinary("Kurierex", polish, random));
    }

    @Test
    void everyPostNamesItsBrand() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            boolean polish = i % 2 == 0;
            assertTrue(PostTexts.complaint("Brightcell", polish, random).contains("Brightcell"));
            assertTrue(PostTexts.ordinary("Brightcell", polish, random).contains("Brightcell"));
        }
    }

    private static void assertManyStories(BiFunction<Boolean, SplittableRandom, String> post) {
        SplittableRandom random = new SplittableRandom(42);
        List<Set<String>> firstPostsOfStories = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            Set<String> shingles = shingles(post.apply(random.nextBoolean(), random));
            if (firstPostsOfStories.stream().noneMatch(first -> jaccard(first, shingles) >= 0.5)) {
                firstPostsOfStories.add(shingles);
            }
        }
        assertTrue(
                firstPostsOfStories.size() >= POSTS * 0.98,
                POSTS + " posts made only " + firstPostsOfStories.size() + " stories");
    }

    private static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .split(" ");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 3 <= words.length; i++) {
            shingles.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) (a.size() + b.size() - shared);
    }
}
