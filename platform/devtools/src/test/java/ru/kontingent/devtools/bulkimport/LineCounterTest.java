package ru.kontingent.devtools.bulkimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.kontingent.devtools.synthetic.StudentFileFormat;

class LineCounterTest {

    @TempDir
    Path dir;

    @Test
    void countsLinesWithOrWithoutTheLastBreak() throws Exception {
        assertEquals(0, LineCounter.lines(Files.writeString(dir.resolve("empty"), "")));
        assertEquals(1, LineCounter.lines(Files.writeString(dir.resolve("one"), "{}")));
        assertEquals(2, LineCounter.lines(Files.writeString(dir.resolve("two"), "{}\n{}\n")));
        assertEquals(3, LineCounter.lines(Files.writeString(dir.resolve("three"), "a\nб\nв")));
        Path csv = Files.writeString(dir.resolve("s.csv"), "header\nrow\nrow\n");
        assertEquals(2, LineCounter.dataLines(csv, StudentFileFormat.CSV));
        assertEquals(3, LineCounter.dataLines(csv, StudentFileFormat.NDJSON));
    }

    @Test
    void countsAcrossChunkBoundaries() throws Exception {
        Path file = dir.resolve("big.ndjson");
        String line = "{\"lastName\":\"Иванов\",\"padding\":\"" + "x".repeat(300) + "\"}\n";
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 12_345; i++) {
                writer.write(line);
            }
        }
        assertEquals(12_345, LineCounter.lines(file));
    }
}
