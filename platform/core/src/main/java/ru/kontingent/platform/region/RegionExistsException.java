package ru.kontingent.platform.region;

import ru.kontingent.platform.problem.ProblemException;

/** 409: the region code is already in the catalog. */
public class RegionExistsException extends ProblemException {

    public RegionExistsException(RegionCode code) {
        super("region-exists", "Region exists", 409, "Region '" + code + "' is already onboarded.");
    }
}
