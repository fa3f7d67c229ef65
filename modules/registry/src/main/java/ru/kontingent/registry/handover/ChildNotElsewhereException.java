package ru.kontingent.registry.handover;

import ru.kontingent.platform.problem.ProblemException;

/** 404: no other region has this SNILS in an active basic enrollment. Says nothing more, on purpose. */
public class ChildNotElsewhereException extends ProblemException {

    public ChildNotElsewhereException() {
        super("child-not-in-another-region", "No other region holds the child", 404,
                "No other region has a child with this SNILS in an active basic enrollment.");
    }
}
