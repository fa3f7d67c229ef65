package ru.kontingent.registry.promotion;

import ru.kontingent.platform.problem.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 409: the basic enrollments of some students of the batch changed after it (a transfer, an exit, a
 * later promotion), so reverting it would rewrite history made since; {@code blockingStudents} names them.
 */
public class UndoBlockedException extends ProblemException {

    private final List<String> blockingStudents;

    public UndoBlockedException(Collection<UUID> students) {
        super("promotion-undo-blocked", "Promotion cannot be undone", 409,
                "The enrollments of " + students.size() + " student(s) of this batch changed after the promotion.");
        this.blockingStudents = students.stream().map(UUID::toString).sorted().toList();
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("blockingStudents", blockingStudents);
    }
}
