/**
 * The Hibernate Reactive entities of the tables created by the Flyway migrations. JSON parts (the sentiment
 * explanation, matched words, an alert's top mentions, categories and words) are jsonb columns, mapped to
 * strings through column transformers (written as text cast to jsonb, read back as text), so the API serves them
 * as they arrived without a second object model.
 */
package io.flarewatch.api.model;
