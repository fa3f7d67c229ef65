package ru.kontingent.platform.problem;

import java.util.List;

/**
 * Base of every expected business failure. Subclasses are named for the failure and carry the
 * offending id; {@link ProblemExceptionMapper} turns them into problem+json. Resources never
 * build error responses by hand.
 */
public abstract class ProblemException extends RuntimeException {

    private final String slug;
    private final String title;
    private final int status;
    private final List<FieldError> errors;

    protected ProblemException(String slug, String title, int status, String detail) {
        this(slug, title, status, detail, List.of());
    }

    protected ProblemException(String slug, String title, int status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), errors, extensions());
    }

    /** Extension members of the problem document; none by default. */
    protected java.util.Map<String, Object> extensions() {
        return java.util.Map.of();
    }
}
