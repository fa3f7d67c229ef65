package ru.kontingent.registry.student;

import ru.kontingent.platform.problem.ProblemException;

import java.util.Map;
import java.util.UUID;

/**
 * 409: a student with this SNILS is already registered in the region. The existing id is given
 * only when the caller may see that student; otherwise nothing of the other record leaks.
 */
public class DuplicateSnilsException extends ProblemException {

    private final UUID visibleExistingId;

    public DuplicateSnilsException(UUID visibleExistingId) {
        super("duplicate-snils", "Student already registered", 409, visibleExistingId != null
                ? "A student with this SNILS is already registered as " + visibleExistingId + "."
                : "A student with this SNILS is already registered in the region by another organization.");
        this.visibleExistingId = visibleExistingId;
    }

    @Override
    protected Map<String, Object> extensions() {
        return visibleExistingId == null ? Map.of() : Map.of("existingId", visibleExistingId.toString());
    }
}
