package ru.kontingent.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;
import java.util.TreeSet;

/** The member names of a JSON object, to compare a role's view with its field policy. */
public final class JsonFields {

    private JsonFields() {
    }

    public static Set<String> of(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
