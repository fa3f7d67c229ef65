package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.bench.FederalSubjects.Subject;

class FederalSubjectsTest {

    @Test
    void eightyFiveDistinctSubjectsRostovFirst() {
        List<Subject> all = FederalSubjects.all();
        assertEquals(85, all.size());
        assertEquals(85, all.stream().map(Subject::code).collect(Collectors.toSet()).size());
        assertEquals(new Subject("r61", "Ростовская область"), all.get(0));
        assertTrue(all.stream().allMatch(subject -> subject.code().matches("r\\d{2}")), all.toString());
        Set<String> codes = all.stream().map(Subject::code).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("r23", "r34", "r77", "r78", "r91", "r92")), codes.toString());
        assertTrue(!codes.contains("r80") && !codes.contains("r99"), "merged or unused codes: " + codes);
    }

    @Test
    void theFirstN() {
        assertEquals(List.of("r61", "r01"), FederalSubjects.first(2).stream().map(Subject::code).toList());
        assertThrows(IllegalArgumentException.class, () -> FederalSubjects.first(0));
        assertThrows(IllegalArgumentException.class, () -> FederalSubjects.first(86));
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndBadLinesRefused() {
        assertEquals(List.of(new Subject("r77", "Москва")), FederalSubjects.parse("# header\n\n77\tМосква\n"));
        assertThrows(IllegalArgumentException.class, () -> FederalSubjects.parse("7\tМосква"));
        assertThrows(IllegalArgumentException.class, () -> FederalSubjects.parse("77 Москва"));
    }
}
