package ru.kontingent.registry.importing;

import ru.kontingent.registry.enrollment.EnrollmentInput;
import ru.kontingent.registry.student.StudentInput;

/** A line that passed validation: the student and, optionally, its enrollment. */
record ImportedLine(long line, StudentInput student, EnrollmentInput enrollment) {
}
