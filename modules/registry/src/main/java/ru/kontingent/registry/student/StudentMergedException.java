package ru.kontingent.registry.student;

import ru.kontingent.platform.problem.ProblemException;

import java.util.Map;
import java.util.UUID;

/**
 * 409 for the education ministry: this student was merged into another record; the child's data
 * lives there now. (Every other role gets 404: the merged record is gone for it.)
 */
public class StudentMergedException extends ProblemException {

    private final UUID mergedInto;
    private final UUID mergeId;

    public StudentMergedException(UUID studentId, UUID mergedInto, UUID mergeId) {
        super("student-merged", "Student merged", 409, "The student " + studentId + " was merged into " + mergedInto
                + " (merge " + mergeId + "); use that record.");
        this.mergedInto = mergedInto;
        this.mergeId = mergeId;
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("mergedInto", mergedInto.toString(), "mergeId", mergeId.toString());
    }
}
