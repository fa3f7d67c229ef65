package ru.kontingent.registry.enrollment;

import ru.kontingent.platform.problem.ProblemException;

import java.util.UUID;

/** 409: The student already has an active basic enrollment; end it or use a transfer. */
public class SecondBasicEnrollmentException extends ProblemException {

    public SecondBasicEnrollmentException(UUID id) {
        super("second-basic-enrollment", "Second basic enrollment", 409, "The student already has an active basic enrollment; end it or use a transfer. (" + id + ")");
    }
}
