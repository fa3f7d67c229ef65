package ru.kontingent.registry.enrollment;

import ru.kontingent.platform.problem.ProblemException;

import java.util.UUID;

/** 409: The enrollment has already ended. */
public class EnrollmentAlreadyEndedException extends ProblemException {

    public EnrollmentAlreadyEndedException(UUID id) {
        super("enrollment-ended", "Enrollment already ended", 409, "The enrollment has already ended. (" + id + ")");
    }
}
