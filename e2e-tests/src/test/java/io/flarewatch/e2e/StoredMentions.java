package io.flarewatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The mentions crisis-api stored for a brand, read page by page through {@code GET /mentions}. */
final class StoredMentions {

    private StoredMentions() {}

    /** The source ids, one per stored row, of the brand's mentions whose source id starts with {@code prefix}. */
    static List<String> sourceIds(String api, String brandId, String prefix) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String url = api + "/mentions?brandId=" + brandId + "&limit=500"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Http.Reply page = Http.get(url);
            if (page.status() != 200) {
                throw new AssertionError(url + " answered " + page.status() + ": " + page.body());
            }
            for (JsonNode item : page.body().get("items")) {
                String sourceId = item.path("sourceId").asText();
                if (sourceId.startsWith(prefix)) {
                    ids.add(sourceId);
                }
            }
            JsonNode next = page.body().get("next");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return ids;
    }
}
