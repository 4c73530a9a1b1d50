package io.flarewatch.ingest.source;

import static io.restassured.RestAssured.given;

/** Reads the per-source figures from the service's Prometheus endpoint, as Prometheus would. */
public final class SourceMetrics {

    private SourceMetrics() {}

    /** The value of sample {@code name} for source {@code sourceId}, NaN when there is none. */
    public static double value(String name, String sourceId) {
        String page = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return page.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("source_id=\"" + sourceId + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(Double.NaN);
    }
}
