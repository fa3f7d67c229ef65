package ru.kontingent.registry.importing;

import ru.kontingent.registry.enrollment.EnrollmentInput;
import ru.kontingent.registry.student.StudentContent;
import ru.kontingent.registry.student.StudentInput;

/**
 * A line that passed validation: the student and, optionally, its enrollment; with the student's
 * normalized content, computed on the reading thread so the batch writer (the serial part) does not.
 */
record ImportedLine(long line, StudentInput student, EnrollmentInput enrollment, StudentContent content) {

    static ImportedLine of(long line, StudentInput student, EnrollmentInput enrollment) {
        return new ImportedLine(line, student, enrollment, StudentContent.of(student));
    }
}
