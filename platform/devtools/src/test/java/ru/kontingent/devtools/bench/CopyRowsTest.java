package ru.kontingent.devtools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.synthetic.StudentRecord;
import ru.kontingent.devtools.synthetic.SyntheticRegion;

class CopyRowsTest {

    @Test
    void textFormatEscapesAndNulls() {
        String row = CopyRows.row(new StringBuilder(), Arrays.asList("a\tb", "back\\slash", null, "line\nbreak\r", ""))
                .toString();
        assertEquals("a\\tb\tback\\\\slash\t\\N\tline\\nbreak\\r\t", row);
    }

    @Test
    void oneLinePerStudentWithTheStudentsOwnColumns() throws Exception {
        SyntheticRegion region = new SyntheticRegion(61, "r61", List.of(UUID.fromString(
                "00000000-0000-4000-8000-000000000001")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertEquals(5, CopyRows.write(region, 5, out));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, lines.size());
        StudentRecord first = region.student(0);
        String[] cells = lines.get(0).split("\t", -1);
        assertEquals(CopyRows.COLUMNS.size(), cells.length);
        assertEquals(first.lastName(), cells[0]);
        assertEquals(first.birthDate().toString(), cells[3]);
        assertEquals(first.snils(), cells[6]);
        assertEquals(first.residenceAddress() == null ? "\\N" : first.residenceAddress(), cells[14]);
        assertTrue(lines.stream().allMatch(line -> line.split("\t", -1).length == CopyRows.COLUMNS.size()));
    }
}
