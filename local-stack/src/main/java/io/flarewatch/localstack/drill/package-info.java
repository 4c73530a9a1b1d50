/**
 * {@code bin/flarewatch drill}: kills each service of the running local stack (and restarts its broker) under a
 * load, and counts in PostgreSQL what each fault cost.
 */
package io.flarewatch.localstack.drill;
