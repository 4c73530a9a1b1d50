package io.flarewatch.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Answers a request with a problem from a route filter, before its body is read (so the connection is closed). */
final class ProblemWriter {

    private ProblemWriter() {}

    /** Ends the request with {@code problem} as {@code application/problem+json}. */
    static void refuse(RoutingContext rc, Problem problem) {
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            json = "{\"status\":" + problem.status() + "}";
        }
        rc.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json);
    }
}
