package ru.kontingent.registry.handover;

import ru.kontingent.platform.problem.ProblemException;

/** 409: the requesting region itself holds the child in an active basic enrollment (a transfer within the region applies). */
public class ChildAlreadyHereException extends ProblemException {

    public ChildAlreadyHereException() {
        super("child-already-in-region", "The child is already enrolled in this region", 409,
                "A child with this SNILS has an active basic enrollment in this region; a transfer within the region moves it.");
    }
}
