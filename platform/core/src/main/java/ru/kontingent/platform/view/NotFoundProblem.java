package ru.kontingent.platform.view;

import ru.kontingent.platform.problem.ProblemException;

/**
 * 404 for an object that does not exist in the caller's region. An object of another region is
 * "not found" too, never "forbidden": its existence is nobody else's business.
 */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String what) {
        super("not-found", "Not found", 404, "No such " + what + " in this region.");
    }
}
