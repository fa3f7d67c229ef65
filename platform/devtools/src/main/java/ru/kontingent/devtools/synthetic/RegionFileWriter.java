package ru.kontingent.devtools.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Streams students 0..count-1 of a region into an output stream in UTF-8: each student is made,
 * written and forgotten, so memory stays flat however many lines are asked for.
 */
public final class RegionFileWriter {

    public static final long PROGRESS_EVERY = 100_000;
    private static final int BUFFER_CHARS = 1 << 16;

    private RegionFileWriter() {
    }

    /**
     * @param progress told the number of students written after every {@link #PROGRESS_EVERY}
     * @return the number of students written
     */
    public static long write(SyntheticRegion region, long count, StudentFileFormat format, OutputStream out,
            LongConsumer progress) throws IOException {
        // Flushed, not closed: the caller owns the stream (it may be stdout).
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        StudentLineWriter lines = format.writerTo(writer);
        lines.begin();
        for (long i = 0; i < count; i++) {
            lines.write(region.student(i));
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept(i + 1);
            }
        }
        writer.flush();
        return count;
    }
}
