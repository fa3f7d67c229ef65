package ru.kontingent.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.kontingent.devtools.synthetic.StudentFileFormat;

class ImportCommandTest {

    private static CliArguments arguments(String... args) {
        ImportCommand command = new ImportCommand();
        return CliArguments.parse(List.of(args), command.options(), command.operands());
    }

    @Test
    void formatComesFromTheOptionElseTheExtension() {
        assertEquals(StudentFileFormat.NDJSON, ImportCommand.format(arguments("a.ndjson"), Path.of("a.ndjson")));
        assertEquals(StudentFileFormat.NDJSON, ImportCommand.format(arguments("a.jsonl"), Path.of("a.jsonl")));
        assertEquals(StudentFileFormat.CSV, ImportCommand.format(arguments("a.CSV"), Path.of("a.CSV")));
        assertEquals(StudentFileFormat.CSV,
                ImportCommand.format(arguments("a.txt", "--format", "csv"), Path.of("a.txt")));
        assertThrows(UsageException.class, () -> ImportCommand.format(arguments("a.txt"), Path.of("a.txt")));
    }

    @Test
    void charsetIsUtf8OrWindows1251AndOnlyUtf8ForJson() {
        assertEquals(StandardCharsets.UTF_8, ImportCommand.charset(arguments("a.csv"), StudentFileFormat.CSV));
        assertEquals(Charset.forName("windows-1251"),
                ImportCommand.charset(arguments("a.csv", "--charset", "cp1251"), StudentFileFormat.CSV));
        assertEquals(StandardCharsets.UTF_8,
                ImportCommand.charset(arguments("a.csv", "--charset", "utf8"), StudentFileFormat.CSV));
        assertThrows(UsageException.class,
                () -> ImportCommand.charset(arguments("a.csv", "--charset", "KOI8-R"), StudentFileFormat.CSV));
        assertThrows(UsageException.class,
                () -> ImportCommand.charset(arguments("a.csv", "--charset", "no-such"), StudentFileFormat.CSV));
        assertThrows(UsageException.class, () -> ImportCommand.charset(
                arguments("a.ndjson", "--charset", "windows-1251"), StudentFileFormat.NDJSON));
    }

    @Test
    void theFileIsRequiredAndOnlyOnce() {
        assertThrows(UsageException.class, () -> arguments("--token", "t"));
        assertThrows(UsageException.class, () -> arguments("a.csv", "b.csv"));
        assertEquals("a.csv", arguments("--token", "t", "a.csv").operand("FILE"));
    }
}
