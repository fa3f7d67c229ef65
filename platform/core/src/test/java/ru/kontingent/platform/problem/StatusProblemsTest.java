package ru.kontingent.platform.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusProblemsTest {

    private static final List<Integer> MAPPED = List.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 503);
    private static final String GENERIC_CLIENT = Problem.TYPE_BASE + "client-error";
    private static final String GENERIC_SERVER = Problem.TYPE_BASE + "internal";

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 406, 409, 413, 415, 503})
    void aMappedStatusHasItsOwnProblem(int status) {
        Problem problem = StatusProblems.of(status);

        assertEquals(status, problem.status());
        assertTrue(problem.type().startsWith(Problem.TYPE_BASE), problem.type());
        assertTrue(problem.type().length() > Problem.TYPE_BASE.length(), problem.type());
        assertNotEquals(GENERIC_CLIENT, problem.type());
        assertNotEquals(GENERIC_SERVER, problem.type());
        assertFalse(problem.title() == null || problem.title().isBlank());
        assertFalse(problem.detail() == null || problem.detail().isBlank());
        assertTrue(problem.errors().isEmpty());
    }

    @Test
    void everyMappedStatusHasADistinctTypeAndTitle() {
        Set<String> types = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int status : MAPPED) {
            Problem problem = StatusProblems.of(status);
            types.add(problem.type());
            titles.add(problem.title());
        }
        assertEquals(MAPPED.size(), types.size(), types.toString());
        assertEquals(MAPPED.size(), titles.size(), titles.toString());
    }

    @Test
    void wellKnownStatusesUseTheirUsualNames() {
        assertEquals(Problem.TYPE_BASE + "not-found", StatusProblems.of(404).type());
        assertEquals("Not found", StatusProblems.of(404).title());
        assertEquals(Problem.TYPE_BASE + "unauthorized", StatusProblems.of(401).type());
        assertEquals(Problem.TYPE_BASE + "method-not-allowed", StatusProblems.of(405).type());
    }

    @Test
    void theSameFailureHasTheSameTypeWhetherNamedOrBare() {
        assertEquals(new AccessDeniedException("x").toProblem().type(), StatusProblems.of(403).type());
        assertEquals(new AccessDeniedException("x").toProblem().title(), StatusProblems.of(403).title());
        assertEquals(new PayloadTooLargeException(10).toProblem().type(), StatusProblems.of(413).type());
        assertEquals(new PayloadTooLargeException(10).toProblem().title(), StatusProblems.of(413).title());
    }

    @ParameterizedTest
    @ValueSource(ints = {402, 408, 410, 418, 422, 429, 451, 499})
    void anUnmappedClientErrorIsAGenericClientError(int status) {
        Problem problem = StatusProblems.of(status);

        assertEquals(status, problem.status());
        assertEquals(GENERIC_CLIENT, problem.type());
        assertEquals("Client error", problem.title());
        assertFalse(problem.detail().isBlank());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 501, 502, 504, 599})
    void anUnmappedServerErrorIsAGenericInternalError(int status) {
        Problem problem = StatusProblems.of(status);

        assertEquals(status, problem.status());
        assertEquals(GENERIC_SERVER, problem.type());
        assertEquals("Internal error", problem.title());
        assertFalse(problem.detail().isBlank());
    }
}
