package ru.kontingent.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The JSON path of a Jackson mapping failure, in the same notation as validation errors. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
