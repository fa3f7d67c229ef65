package ru.kontingent.registry.merge;

import ru.kontingent.platform.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 409: records of the merged students changed after the merge; an undo would overwrite or strand the change. */
public class MergeUndoBlockedException extends ProblemException {

    /** The kind of records of one student that changed since the merge. */
    public record Blocker(UUID studentId, String records) {
    }

    private final List<Blocker> blockers;

    public MergeUndoBlockedException(UUID mergeId, List<Blocker> blockers) {
        super("merge-undo-blocked", "Merge cannot be undone", 409, "Records changed after merge " + mergeId + ": "
                + String.join(", ", blockers.stream().map(b -> b.records() + " of " + b.studentId()).toList()) + ".");
        this.blockers = List.copyOf(blockers);
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("blockers", blockers);
    }
}
