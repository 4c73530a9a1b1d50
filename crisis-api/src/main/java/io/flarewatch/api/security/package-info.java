/**
 * API keys and roles. {@link io.flarewatch.api.security.ApiKeyFilter} runs before routing and asks
 * {@link io.flarewatch.api.security.AccessPolicy}, one table of path-and-method rules, which role a request needs:
 * viewer (reads, and the query preview), responder (viewer plus acting on alerts), admin (everything else, and any
 * path no rule names); a key of the role source opens nothing here, it posts to ingest-service, which learns its hash
 * from the {@code source-keys} topic. Keys are 256-bit random strings stored only as SHA-256 hashes; the configured
 * bootstrap admin key is stored at startup by {@link io.flarewatch.api.security.AuthBootstrap}.
 */
package io.flarewatch.api.security;
