package ru.kontingent.platform.problem;

/** 413: the request body exceeds the configured limit. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limitBytes) {
        super("payload-too-large", "Payload too large", 413,
                "The request body exceeds the limit of " + limitBytes + " bytes.");
    }
}
