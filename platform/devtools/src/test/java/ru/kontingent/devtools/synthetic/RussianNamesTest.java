package ru.kontingent.devtools.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RussianNamesTest {

    @Test
    void surnamesAgreeWithSex() {
        assertEquals("Иванова", RussianNames.feminine("Иванов"));
        assertEquals("Соловьёва", RussianNames.feminine("Соловьёв"));
        assertEquals("Ильина", RussianNames.feminine("Ильин"));
        assertEquals("Островская", RussianNames.feminine("Островский"));
        assertEquals("Донская", RussianNames.feminine("Донской"));
        assertEquals("Полевая", RussianNames.feminine("Полевой"));
        assertEquals("Шевченко", RussianNames.feminine("Шевченко"));
        assertEquals("Черных", RussianNames.feminine("Черных"));
        assertEquals("Иванов", RussianNames.surnameFor("Иванов", Sex.M));
    }

    @Test
    void aboutAHundredDistinctSurnamesAndPatronymicsOfBothForms() {
        assertTrue(RussianNames.surnames().size() >= 100, "surnames: " + RussianNames.surnames().size());
        assertEquals(RussianNames.surnames().size(), new HashSet<>(RussianNames.surnames()).size(), "no repeats");
        for (RussianNames.MaleName man : RussianNames.men()) {
            assertTrue(man.sonsPatronymic().endsWith("ич"), man.toString());
            assertTrue(man.daughtersPatronymic().endsWith("на"), man.toString());
        }
        assertEquals("Ильинична", RussianNames.men().stream()
                .filter(man -> man.firstName().equals("Илья")).findFirst().orElseThrow().patronymicFor(Sex.F));
    }
}
