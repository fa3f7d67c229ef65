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
        return write(region, count, format, out, null, progress);
    }

    /**
     * @param history where the students' ended enrollments go ({@link HistoryLineWriter}), or null for nowhere
     * @param progress told the number of students written after every {@link #PROGRESS_EVERY}
     * @return the number of students written
     */
    public static long write(SyntheticRegion region, long count, StudentFileFormat format, OutputStream out,
            OutputStream history, LongConsumer progress) throws IOException {
        // Flushed, not closed: the caller owns the streams (one may be stdout).
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        Writer historyWriter = history == null ? null
                : new BufferedWriter(new OutputStreamWriter(history, StandardCharsets.UTF_8), BUFFER_CHARS);
        HistoryLineWriter pastEnrollments = historyWriter == null ? null : new HistoryLineWriter(historyWriter);
        StudentLineWriter lines = format.writerTo(writer);
        lines.begin();
        for (long i = 0; i < count; i++) {
            StudentRecord student = region.student(i);
            lines.write(student);
            if (pastEnrollments != null) {
                pastEnrollments.write(student);
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept(i + 1);
            }
        }
        writer.flush();
        if (historyWriter != null) {
            historyWriter.flush();
        }
        return count;
    }
}
