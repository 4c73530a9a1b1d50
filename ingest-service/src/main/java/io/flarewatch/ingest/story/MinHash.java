package io.flarewatch.ingest.story;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * MinHash signatures of shingle sets (two sets share a position with a probability equal to their Jaccard
 * similarity, which LSH banding uses to find candidates), and the exact Jaccard similarity that confirms one.
 */
public final class MinHash {

    /** Positions of a signature: {@link StoryIndex#BANDS} bands of {@link StoryIndex#ROWS}. */
    public static final int SIZE = 60;

    private static final long[] SEEDS = seeds(SIZE, 0x5EED_F1A2_E3A7_C401L);

    private MinHash() {}

    /** The signature of {@code shingles}: per position, the smallest hash of any shingle under that position's seed. */
    public static int[] signature(Set<String> shingles) {
        long[] smallest = new long[SIZE];
        Arrays.fill(smallest, Long.MAX_VALUE);
        for (String shingle : shingles) {
            long hash = hash64(shingle);
            for (int i = 0; i < SIZE; i++) {
                long seeded = mix(hash ^ SEEDS[i]);
                if (seeded < smallest[i]) {
                    smallest[i] = seeded;
                }
            }
        }
        int[] signature = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            signature[i] = (int) (smallest[i] >>> 32);
        }
        return signature;
    }

    /**
     * The hashes of {@code shingles}, distinct and sorted, at most the {@code limit} smallest: a text's shingles as
     * the story index keeps them (a bottom-k sample of a long article).
     */
    public static int[] shingleHashes(Set<String> shingles, int limit) {
        return shingles.stream()
                .mapToInt(shingle -> (int) hash64(shingle))
                .sorted()
                .distinct()
                .limit(limit)
                .toArray();
    }

    /** The Jaccard similarity of two sorted sets of hashes: the shared ones over all of them. */
    public static double jaccard(int[] a, int[] b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** Ints as text (Base64 of their big-endian bytes), for a Kafka record. */
    public static String encode(int[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES * values.length);
        bytes.asIntBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The ints that {@link #encode} wrote; an IllegalArgumentException when the text is not such. */
    public static int[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (bytes.length % Integer.BYTES != 0) {
            throw new IllegalArgumentException("not a whole number of ints");
        }
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }

    /** FNV-1a over the UTF-8 bytes, then mixed: stable across JVMs, unlike {@code String.hashCode}'s 32 bits. */
    static long hash64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return mix(hash);
    }

    /** SplitMix64's finaliser: every input bit changes about half the output bits. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds(int count, long start) {
        long[] seeds = new long[count];
        long state = start;
        for (int i = 0; i < count; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
