package ru.kontingent.platform.region;

import ru.kontingent.platform.problem.ProblemException;

/** 404: no such region in the catalog (the requested code is not echoed). */
public class RegionNotFoundException extends ProblemException {

    public RegionNotFoundException() {
        super("region-not-found", "Region not found", 404, "No such region.");
    }
}
