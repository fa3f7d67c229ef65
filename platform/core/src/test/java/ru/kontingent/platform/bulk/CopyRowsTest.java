package ru.kontingent.platform.bulk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CopyRowsTest {

    @Test
    void delimitersAndBackslashesAreEscapedAndTheRestPassesAsItIs() {
        CopyRows rows = new CopyRows(1);
        rows.add("Сёмин\tПётр\nИльич\r\\N \\. конец");
        assertEquals("Сёмин\\tПётр\\nИльич\\r\\\\N \\\\. конец\n", rows.text());
    }

    @Test
    void nullIsTheNullMarkerAndTheTextNullIsText() {
        CopyRows rows = new CopyRows(3);
        rows.add(null, "\\N", "NULL");
        assertEquals("\\N\t\\\\N\tNULL\n", rows.text());
    }

    @Test
    void aLoneBackslashAtTheEndCannotEscapeTheRowEnd() {
        CopyRows rows = new CopyRows(2);
        rows.add("ends with \\", "x");
        assertEquals("ends with \\\\\tx\n", rows.text());
    }

    @Test
    void nulIsRefusedBecauseValidationMustHaveRejectedIt() {
        assertThrows(IllegalArgumentException.class, () -> new CopyRows(1).add("a\0b"));
    }

    @Test
    void datesAreInPostgresInputFormIncludingFarYears() {
        CopyRows rows = new CopyRows(4);
        rows.add(LocalDate.of(2013, 3, 4), LocalDate.of(12345, 1, 2), LocalDate.of(0, 12, 31), LocalDate.of(-43, 3, 15));
        assertEquals("2013-03-04\t12345-01-02\t0001-12-31 BC\t0044-03-15 BC\n", rows.text());
    }

    @Test
    void otherValuesAreTheirText() {
        UUID id = UUID.fromString("6f1c1c62-46a8-4b8a-9d0e-3b8a3b2c1d0e");
        CopyRows rows = new CopyRows(3);
        rows.add(id, 42, OffsetDateTime.of(2026, 11, 29, 21, 50, 16, 0, ZoneOffset.UTC));
        assertEquals(id + "\t42\t2026-11-29T21:50:16Z\n", rows.text());
        assertEquals(1, rows.size());
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CopyRows(2).add("only one"));
    }
}
