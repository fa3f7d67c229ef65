package ru.kontingent.platform.region;

import ru.kontingent.platform.problem.ProblemException;

/** 409: a stage moves one step at a time, up or down. */
public class StageJumpException extends ProblemException {

    public StageJumpException(RegionCode code, int from, int to) {
        super("stage-jump", "Stage must move one step", 409,
                "Region '" + code + "' is at stage " + from + "; it can move to stage " + (from - 1) + " or " + (from + 1)
                        + " (within " + Stages.FIRST + ".." + Stages.LAST + "), not to " + to + ".");
    }
}
