package ru.kontingent.registry.merge;

import ru.kontingent.platform.problem.ProblemException;
import ru.kontingent.platform.student.MergeConflict;

import java.util.List;
import java.util.Map;

/** 409: the two students' records cannot be combined without losing or rewriting data; nothing was changed. */
public class MergeConflictException extends ProblemException {

    private final List<MergeConflict> conflicts;

    public MergeConflictException(List<MergeConflict> conflicts) {
        super("merge-conflict", "Records cannot be merged", 409, conflicts.size()
                + " conflict(s) between the two students' records; resolve them, then merge again.");
        this.conflicts = List.copyOf(conflicts);
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("conflicts", conflicts);
    }
}
