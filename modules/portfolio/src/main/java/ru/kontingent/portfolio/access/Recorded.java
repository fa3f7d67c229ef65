package ru.kontingent.portfolio.access;

import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A record as stored by a write: its id, its view for the caller, and whether the call created it
 * (201) or replaced an earlier one with the same key (200).
 */
public record Recorded(UUID id, Map<String, Object> body, boolean created) {

    /** 201 with {@code Location} (from the record's id) when created, else 200; the body either way. */
    public Response response(Function<UUID, URI> location) {
        return created ? Response.created(location.apply(id)).entity(body).build() : Response.ok(body).build();
    }
}
