package ru.kontingent.registry.importing;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import ru.kontingent.platform.problem.FieldError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;

/**
 * Reads and validates an upload on its own thread, one batch ahead of the writer: parsing and
 * validation (CPU in the server) overlap the batch being stored (mostly the database's time). At
 * most one finished batch waits, so memory stays at about three batches whatever the file size.
 * Batches end where the serial loop ended them: after {@code batchSize} accepted lines, or at the end.
 */
final class BatchReader implements AutoCloseable {

    /** The lines rejected since the previous batch, then the batch's accepted lines; {@code last} at the end of the upload. */
    record Batch(List<Rejected> rejected, List<ImportedLine> accepted, boolean last) {
    }

    record Rejected(long line, List<FieldError> errors) {
    }

    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private volatile boolean closed;

    BatchReader(Callable<LineSource> open, LineDecoder decoder, int batchSize, ManagedThreadFactory threads) {
        thread = threads.newThread(() -> read(open, decoder, batchSize));
        thread.start();
    }

    /** The next batch; after the {@code last} one, don't call again. */
    Batch next() {
        Object next;
        try {
            next = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the import's next batch", e);
        }
        if (next instanceof RuntimeException failure) {
            throw failure;
        }
        if (next instanceof Error error) {
            throw error;
        }
        return (Batch) next;
    }

    private void read(Callable<LineSource> open, LineDecoder decoder, int batchSize) {
        try (LineSource source = open.call()) {
            List<Rejected> rejected = new ArrayList<>();
            List<ImportedLine> accepted = new ArrayList<>(batchSize);
            while (source.hasNext() && !closed) {
                SourceLine line = source.next();
                LineDecoder.Decoded decoded = decoder.decode(line);
                if (decoded.isAccepted()) {
                    accepted.add(decoded.line());
                } else {
                    rejected.add(new Rejected(line.line(), decoded.errors()));
                }
                if (accepted.size() >= batchSize) {
                    ready.put(new Batch(rejected, accepted, false));
                    rejected = new ArrayList<>();
                    accepted = new ArrayList<>(batchSize);
                }
            }
            ready.put(new Batch(rejected, accepted, true));
        } catch (InterruptedException e) {
            // closed by the writer (it stopped at a failed batch): nobody waits for more
        } catch (IOException e) {
            offer(new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            offer(e);
        } catch (Exception e) {
            offer(new IllegalStateException(e));
        }
    }

    private void offer(Throwable failure) {
        try {
            if (!closed) {
                ready.put(failure);
            }
        } catch (InterruptedException ignored) {
            // closed meanwhile
        }
    }

    /** Stops the reading (if the writer gave up early) and waits for the thread to end. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
