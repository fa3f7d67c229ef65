package ru.kontingent.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.Collection;
import java.util.List;

/** Bean Validation violations as the client's field errors, named by their JSON path. */
public final class ViolationPaths {

    private ViolationPaths() {
    }

    /** Field errors sorted by field, each prefixed (e.g. {@code enrollment.}) when given. */
    public static List<FieldError> errors(Collection<? extends ConstraintViolation<?>> violations, String prefix) {
        return violations.stream()
                .map(v -> new FieldError(prefix + of(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /**
     * A violation on a resource method parameter has the path {@code method.param.field[0].sub};
     * the client knows only the part inside its JSON body or the name of its query parameter.
     */
    public static String of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameterName = node.getName();
                continue;
            }
            // Bean Validation puts a list index on the node INSIDE the list: representatives[0].snils
            // is the nodes "representatives", then "snils" with index 0.
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    path.append('[').append(position).append(']');
                }
            }
            if (node.getName() == null || kind == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(node.getName());
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        return parameterName != null ? parameterName : "body";
    }
}
