/**
 * Per-brand notification settings: where a brand's alerts go, validated (URLs are checked so that the server
 * cannot be pointed at its own loopback or private network) and stored in PostgreSQL.
 */
package io.flarewatch.api.notify.settings;
