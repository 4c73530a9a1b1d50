package io.flarewatch.api.rest;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes the API write characters outside the Basic Multilingual Plane (emoji) as UTF-8 bytes: Jackson otherwise
 * writes each as an escaped surrogate pair ({@code \uD83D\uDE21}), which clients show as two broken characters
 * when they decode the escapes one by one.
 */
@Singleton
public class Utf8JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setConfig(mapper.getSerializationConfig().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8));
    }
}
