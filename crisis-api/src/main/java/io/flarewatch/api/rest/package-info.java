/**
 * The HTTP contract: brands CRUD, the query preview, stored mentions and their search with cursor pages, alerts with
 * their workflow (acknowledge, assign, notes, resolve, reopen), timeline and live stream, per-brand stats, authors and
 * ambassadors. Query parameters are read as text by {@code QueryParams}, so that a bad one is answered 400 with its
 * name. Resources only check the request's shape and turn service results into views; every error becomes {@code application/problem+json}
 * through {@link io.flarewatch.api.rest.ProblemMapper}, so no class name or stack trace reaches a client.
 */
package io.flarewatch.api.rest;
