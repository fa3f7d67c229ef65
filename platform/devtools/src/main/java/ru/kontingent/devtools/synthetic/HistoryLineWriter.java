package ru.kontingent.devtools.synthetic;

import java.io.IOException;
import java.io.Writer;

/**
 * The ended enrollments of the students, one JSON object per line: the student's SNILS (the key
 * the import stores students by), then the enrollment as the API shows one, with its end. Written
 * beside the import file in the same pass ({@code generate --history}), since the import takes
 * current enrollments only; benchmarks load these lines straight into the region's table.
 */
public final class HistoryLineWriter {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);

    public HistoryLineWriter(Writer out) {
        this.out = out;
    }

    public void write(StudentRecord student) throws IOException {
        for (PastEnrollmentRecord past : student.history()) {
            EnrollmentRecord enrollment = past.enrollment();
            line.setLength(0);
            line.append("{\"snils\":");
            NdjsonStudentWriter.string(line, student.snils());
            line.append(",\"organizationId\":\"").append(enrollment.organizationId())
                    .append("\",\"program\":\"").append(enrollment.program())
                    .append("\",\"level\":\"").append(enrollment.level())
                    .append("\",\"grade\":").append(enrollment.grade())
                    .append(",\"startDate\":\"").append(enrollment.startDate())
                    .append("\",\"orderNumber\":");
            NdjsonStudentWriter.string(line, enrollment.orderNumber());
            line.append(",\"endDate\":\"").append(past.endDate())
                    .append("\",\"endReason\":\"").append(past.endReason()).append("\"}\n");
            out.append(line);
        }
    }
}
