/**
 * The HTTP contract: brands CRUD, the query preview, stored mentions and alerts. Resources only check the
 * request's shape and turn service results into views; every error becomes {@code application/problem+json}
 * through {@link io.flarewatch.api.rest.ProblemMapper}, so no class name or stack trace reaches a client.
 */
package io.flarewatch.api.rest;
