package ru.kontingent.registry.enrollment;

import ru.kontingent.platform.problem.ProblemException;

import java.util.UUID;

/** 409: A transfer needs an active basic enrollment to end. */
public class NoActiveBasicEnrollmentException extends ProblemException {

    public NoActiveBasicEnrollmentException(UUID id) {
        super("no-active-basic-enrollment", "No active basic enrollment", 409, "A transfer needs an active basic enrollment to end. (" + id + ")");
    }
}
