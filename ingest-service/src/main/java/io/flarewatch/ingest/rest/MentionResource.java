package io.flarewatch.ingest.rest;

import io.flarewatch.ingest.service.IngestOutcome;
import io.flarewatch.ingest.service.IngestService;
import io.flarewatch.ingest.service.NdjsonLines;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/** {@code POST /mentions} (one JSON mention) and {@code POST /mentions/batch} (NDJSON, one mention per line). */
@Path("/mentions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class MentionResource {

    static final String NDJSON = "application/x-ndjson";
    private static final String INVALID = "https://flarewatch.io/problems/invalid-mention";
    private static final String UNAVAILABLE = "https://flarewatch.io/problems/kafka-unavailable";

    private final IngestService ingest;

    MentionResource(IngestService ingest) {
        this.ingest = ingest;
    }

    /** Takes one mention; 202 once Kafka has it, 200 when it is a duplicate, 400 naming the bad fields. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postOne(String body) {
        IngestOutcome outcome = ingest.ingestOne(body);
        if (!outcome.errors().isEmpty()) {
            return new Problem(INVALID, "Invalid mention", 400, describe(outcome), outcome.errors(), null, null)
                    .toResponse();
        }
        return answer(outcome, outcome.accepted() == 0 ? Response.Status.OK : Response.Status.ACCEPTED);
    }

    /**
     * Takes an NDJSON batch, read as a stream (see {@link BodyLimits} for the size limits). The valid lines are
     * written even when others are bad; then the answer is 400 naming each bad line and field, with the counts of
     * what was accepted.
     */
    @POST
    @Path("/batch")
    @Consumes({NDJSON, "application/jsonl", "application/json-seq", MediaType.TEXT_PLAIN})
    public Response postBatch(InputStream body) throws IOException {
        IngestOutcome outcome;
        try (body) {
            outcome = ingest.ingestBatch(new NdjsonLines(body));
        }
        if (!outcome.errors().isEmpty()) {
            return new Problem(
                            INVALID,
                            "Invalid lines in batch",
                            400,
                            describe(outcome),
                            outcome.errors(),
                            outcome.accepted(),
                            outcome.duplicates())
                    .toResponse();
        }
        return answer(outcome, Response.Status.ACCEPTED);
    }

    private static Response answer(IngestOutcome outcome, Response.Status success) {
        if (outcome.unavailable()) {
            return new Problem(
                            UNAVAILABLE,
                            "Kafka did not acknowledge",
                            503,
                            "Kafka did not acknowledge every mention in time; " + outcome.accepted()
                                    + " were accepted, send the others again",
                            null,
                            outcome.accepted(),
                            outcome.duplicates())
                    .toResponse();
        }
        return Response.status(success)
                .entity(new IngestResponse(outcome.accepted(), outcome.duplicates(), outcome.mentionIds()))
                .build();
    }

    private static String describe(IngestOutcome outcome) {
        var first = outcome.errors().get(0);
        String where = first.line() > 0 ? "line " + first.line() + ": " : "";
        String summary = where + first.field() + " " + first.message();
        if (outcome.rejected() > 1) {
            summary += " (and " + (outcome.rejected() - 1) + " more rejected)";
        }
        return summary + "; accepted " + outcome.accepted() + ", duplicates " + outcome.duplicates();
    }
}
