package ru.kontingent.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON mapping for every resource: ISO-8601 dates (strings only), plain text without control
 * characters, and unknown fields refused rather than silently dropped (a misspelt field would
 * otherwise look stored).
 */
@Provider
public class JacksonConfiguration implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = newMapper();

    /** The mapping every JSON reader of the system uses, HTTP bodies and bulk files alike. */
    public static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("kontingent-plain-text")
                        .addDeserializer(String.class, new PlainTextDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addHandler(new BadValueCollector());
        // A date is an ISO-8601 string; a number is not "days since 1970" (and one out of range would not even be a date).
        mapper.configOverride(java.time.LocalDate.class)
                .setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false));
        return mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
