package io.flarewatch.api.service;

/**
 * What is wrong with one field of a request.
 *
 * @param field   the field's name
 * @param message what is wrong, in words
 */
public record FieldError(String field, String message) {}
