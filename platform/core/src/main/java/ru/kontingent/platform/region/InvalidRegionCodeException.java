package ru.kontingent.platform.region;

/** A text that is not a region code reached a place that needs one. */
public class InvalidRegionCodeException extends IllegalArgumentException {

    public InvalidRegionCodeException(String text) {
        // The offending text is not echoed: it may come from a token or a request.
        super("not a valid region code (expected " + RegionCode.PATTERN + ")");
    }
}
