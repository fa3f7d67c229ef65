package ru.kontingent.registry.organization;

import ru.kontingent.platform.problem.ProblemException;

import java.util.UUID;

/** 409: the region's register already holds an organization with this INN. */
public class DuplicateInnException extends ProblemException {

    public DuplicateInnException(UUID existingId) {
        super("duplicate-inn", "Organization already registered", 409, existingId != null
                ? "An organization with this INN is already registered in the region as " + existingId + "."
                : "An organization with this INN is already registered in the region.");
    }
}
