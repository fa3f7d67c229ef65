package ru.kontingent.platform.problem;

import jakarta.ws.rs.core.Response;

/** The single place that turns a {@link Problem} into an HTTP response. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
