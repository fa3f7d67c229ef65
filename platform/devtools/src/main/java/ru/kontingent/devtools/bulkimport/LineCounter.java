package ru.kontingent.devtools.bulkimport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import ru.kontingent.devtools.synthetic.StudentFileFormat;

/**
 * Counts a file's lines in one streaming pass, a megabyte at a time, for the progress bar's total.
 * Counting the byte 0x0A is right for UTF-8 and windows-1251 alike: neither uses it inside a
 * character.
 */
final class LineCounter {

    private static final int CHUNK = 1 << 20;

    private LineCounter() {
    }

    /** Lines, counting a last one without a line break. */
    static long lines(Path file) throws IOException {
        long lines = 0;
        byte last = '\n';
        boolean empty = true;
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer.clear()) > 0) {
                buffer.flip();
                empty = false;
                byte[] bytes = buffer.array();
                int limit = buffer.limit();
                for (int i = 0; i < limit; i++) {
                    if (bytes[i] == '\n') {
                        lines++;
                    }
                }
                last = bytes[limit - 1];
            }
        }
        return empty || last == '\n' ? lines : lines + 1;
    }

    /** Students in the file: every line of NDJSON, all but the header of CSV (no line breaks inside cells). */
    static long dataLines(Path file, StudentFileFormat format) throws IOException {
        long lines = lines(file);
        return format == StudentFileFormat.CSV ? Math.max(0, lines - 1) : lines;
    }
}
