package ru.kontingent.platform.region;

import ru.kontingent.platform.problem.AccessDeniedException;

/** 403: the token names no region, an unknown one, or a suspended one. */
public class RegionUnavailableException extends AccessDeniedException {

    public RegionUnavailableException(String detail) {
        super("region-unavailable", "Region unavailable", detail);
    }
}
