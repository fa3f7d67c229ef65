package ru.kontingent.registry.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.kontingent.platform.json.JacksonConfiguration;
import ru.kontingent.registry.access.Actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads an upload line by line, rejects bad lines with every bad field, and stores good ones in
 * batch transactions. Bad lines never stop the import; a failing batch does, and everything
 * committed before it stays: resending the file finishes the job (storage is idempotent by SNILS).
 * Reading and validating run one batch ahead on their own thread ({@link BatchReader}).
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    /** A batch that met a concurrent change is planned again from fresh reads, a few times at most. */
    private static final int STALE_RETRIES = 3;

    private final ObjectMapper mapper = JacksonConfiguration.newMapper();

    @Inject
    ImportBatchWriter writer;

    @Inject
    ValidatorFactory validatorFactory;

    /** The thread that reads and validates ahead of the batch writer. */
    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    private Validator validator;

    /** Lines per batch transaction: larger batches spread each transaction's fixed cost over more lines. */
    @Inject
    @ConfigProperty(name = "kontingent.import.batch-size", defaultValue = "5000")
    int batchSize;

    @PostConstruct
    void createValidator() {
        validator = validatorFactory.usingContext().traversableResolver(new PlainInputTraversal()).getValidator();
    }

    ImportOutcome run(Path file, ImportFormat format, Charset charset, Actor actor, ProgressSink sink) {
        Tally tally = new Tally();
        try (BatchReader reader = new BatchReader(() -> open(file, format, charset), new LineDecoder(mapper, validator), batchSize,
                threads)) {
            BatchReader.Batch batch;
            do {
                batch = reader.next();
                batch.rejected().forEach(line -> tally.rejectedLine(line.line(), line.errors()));
                if (!storeAndReport(batch.accepted(), actor, tally, sink)) {
                    return new ImportOutcome(tally.counts(), ImportState.FAILED, batch.accepted().get(0).line());
                }
            } while (!batch.last());
        }
        return new ImportOutcome(tally.counts(), ImportState.COMPLETED, null);
    }

    /** Stores a batch (possibly empty) in its transaction and reports progress; false when the batch failed. */
    private boolean storeAndReport(List<ImportedLine> batch, Actor actor, Tally tally, ProgressSink sink) {
        if (!batch.isEmpty()) {
            try {
                tally.stored(batch.size(), writeRetryingStale(batch, actor));
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Import batch failed; stopping at line " + batch.get(0).line(), failure);
                sink.batchDone(tally.counts(), tally.takeErrors());
                return false;
            }
        }
        sink.batchDone(tally.counts(), tally.takeErrors());
        return true;
    }

    private BatchResult writeRetryingStale(List<ImportedLine> batch, Actor actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.write(batch, actor);
            } catch (StaleBatchException stale) {
                if (attempt > STALE_RETRIES) {
                    throw stale;
                }
                LOG.info("Import batch from line " + batch.get(0).line() + " met a concurrent change (" + stale.getMessage() + "); planning it again");
            }
        }
    }

    /** Running totals, and the rejected lines not yet reported. */
    private static final class Tally {

        private long linesRead;
        private long accepted;
        private long rejected;
        private long unchanged;
        private List<LineError> newErrors = new ArrayList<>();

        void rejectedLine(long line, List<ru.kontingent.platform.problem.FieldError> errors) {
            linesRead++;
            rejected++;
            errors.forEach(error -> newErrors.add(new LineError(line, error.field(), error.message())));
        }

        void stored(int lines, BatchResult result) {
            linesRead += lines;
            accepted += result.accepted();
            unchanged += result.unchanged();
            rejected += distinctLines(result.rejected());
            newErrors.addAll(result.rejected());
        }

        ImportCounts counts() {
            return new ImportCounts(linesRead, accepted, rejected, unchanged);
        }

        List<LineError> takeErrors() {
            List<LineError> taken = newErrors;
            newErrors = new ArrayList<>();
            return taken;
        }
    }

    private LineSource open(Path file, ImportFormat format, Charset charset) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, charset);
        return format == ImportFormat.CSV ? new CsvSource(reader, mapper) : new NdjsonSource(reader);
    }

    private static long distinctLines(List<LineError> errors) {
        Set<Long> lines = new HashSet<>();
        errors.forEach(error -> lines.add(error.line()));
        return lines.size();
    }
}
