/**
 * Near-duplicate stories: the same text reposted, quoted with a few words added, or syndicated (a news item in
 * five feeds, a tweet copied to Facebook) is one story, so that the detector counts it once.
 *
 * <p>A text is normalised ({@link io.flarewatch.ingest.story.Shingles}: NFKC, lowercase, no links, handles,
 * hashtag signs or punctuation) and cut into shingles of three consecutive words. Its MinHash signature
 * ({@link io.flarewatch.ingest.story.MinHash}, 60 positions) and LSH banding
 * ({@link io.flarewatch.ingest.story.StoryIndex}, 30 bands of 2 positions) find the candidates without comparing
 * every pair; a candidate is the same story when the Jaccard similarity of the shingles (the hashes of up to 256 of
 * them, exact for a post, a bottom-k sample of a long article) is 0.5 or more. Texts of
 * fewer than six shingles (about eight words) are never linked: "Kurierex nie działa" written by a hundred people
 * is a hundred voices, not a repost. The index keeps the first mention of each story (not its copies), so a copy is
 * compared with the text that started the story, and forgets stories after a horizon (48 h by default).
 */
package io.flarewatch.ingest.story;
