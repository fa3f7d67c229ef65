package ru.kontingent.registry.merge;

import ru.kontingent.platform.problem.ProblemException;

import java.util.UUID;

/** 409: the merge was undone already; there is nothing left to revert. */
public class MergeAlreadyUndoneException extends ProblemException {

    public MergeAlreadyUndoneException(UUID mergeId) {
        super("merge-already-undone", "Merge already undone", 409, "Merge " + mergeId + " was undone already.");
    }
}
