package ru.kontingent.platform.problem;

/** 403: the caller's role, region or organization does not allow this call. */
public class AccessDeniedException extends ProblemException {

    public AccessDeniedException(String detail) {
        super("forbidden", "Forbidden", 403, detail);
    }

    protected AccessDeniedException(String slug, String title, String detail) {
        super(slug, title, 403, detail);
    }
}
