/**
 * {@code bin/flarewatch import FILE}: exports of other monitoring tools into ingest.
 *
 * <p>An {@link io.flarewatch.localstack.importer.ExportReader} reads the file one record at a time (CSV through
 * Jackson's CSV parser, a JSON array through Jackson's streaming parser, NDJSON line by line), each record keyed by
 * normalised column names and carrying the line it starts on. {@link io.flarewatch.localstack.importer.ColumnMapping}
 * says which column feeds which field (defaults for Brand24-, Talkwalker- and Brandwatch-like exports, overridden by
 * {@code --map}); {@link io.flarewatch.localstack.importer.MentionMapper} turns a record into the JSON mention ingest
 * takes or names why it cannot (no text, a date or follower count it cannot read). The good lines go to
 * {@code POST /mentions/batch} in NDJSON batches with a bounded number in flight
 * ({@link io.flarewatch.localstack.importer.ImportSender}); ingest's per-line errors are mapped back to lines of the
 * file. Everything but the sender and the tool itself is pure and unit-tested; {@code ImportToolTest} drives the
 * whole tool against a local HTTP server that answers as ingest does, and {@code FlarewatchEndToEndIT} runs
 * {@code bin/flarewatch import} against the real stack.
 */
package io.flarewatch.localstack.importer;
