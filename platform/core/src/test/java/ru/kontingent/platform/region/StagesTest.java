package ru.kontingent.platform.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagesTest {

    @Test
    void theStagesAreOneToThree() {
        assertEquals(1, Stages.FIRST);
        assertEquals(3, Stages.LAST);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void validStages(int stage) {
        assertTrue(Stages.isValid(stage));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1, -3, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void invalidStages(int stage) {
        assertFalse(Stages.isValid(stage));
    }

    @ParameterizedTest
    @CsvSource({"1,2", "2,3", "3,2", "2,1"})
    void oneStepUpOrDown(int from, int to) {
        assertTrue(Stages.isOneStep(from, to));
    }

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "3,3", "1,3", "3,1", "0,2", "-1,1", "1,-1"})
    void standingStillOrJumpingIsNotOneStep(int from, int to) {
        assertFalse(Stages.isOneStep(from, to));
    }

    /**
     * {@code Math.abs(to - from)} overflows: MIN_VALUE - MAX_VALUE is 1. Not reachable through the
     * API today (StageInput bounds the target to 1..3), but the method itself gives a wrong answer.
     */
    @ParameterizedTest
    @CsvSource({"-2147483648,2147483647", "2147483647,-2147483648"})
    void extremePairsAreNotOneStep(int from, int to) {
        assertFalse(Stages.isOneStep(from, to));
    }
}
