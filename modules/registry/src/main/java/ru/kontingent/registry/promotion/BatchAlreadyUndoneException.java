package ru.kontingent.registry.promotion;

import ru.kontingent.platform.problem.ProblemException;

import java.util.UUID;

/** 409: the promotion batch was undone already; a second undo has nothing to revert. */
public class BatchAlreadyUndoneException extends ProblemException {

    public BatchAlreadyUndoneException(UUID id) {
        super("promotion-undone", "Promotion already undone", 409, "This promotion batch has already been undone. (" + id + ")");
    }
}
