package ru.kontingent.registry.enrollment;

import ru.kontingent.platform.problem.ProblemException;

import java.util.UUID;

/** 409: An enrollment cannot end before it started. */
public class EndBeforeStartException extends ProblemException {

    public EndBeforeStartException(UUID id) {
        super("end-before-start", "End before start", 409, "An enrollment cannot end before it started. (" + id + ")");
    }
}
