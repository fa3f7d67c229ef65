package ru.kontingent.devtools.bulkimport;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the server says about an import: the summary of a synchronous one (200), or the state of a
 * job ({@code GET /api/registry/import/{jobId}}). Both carry the counters; a job's errors come
 * paged ({@code {items, page, size, total}}), a summary's as a plain list.
 *
 * @param state         RUNNING, COMPLETED or FAILED for a job; null for a synchronous summary
 * @param linesRead     null when the server does not say
 * @param errorsTotal   how many errors there are in all, of which {@code errors} holds the first
 * @param startedAt     a job's start (ISO-8601 with offset), or null
 * @param finishedAt    a finished job's end, or null
 */
record ImportReport(
        String state,
        Long linesRead,
        long accepted,
        long rejected,
        long unchanged,
        Long created,
        Long updated,
        Long stoppedAtLine,
        List<ImportError> errors,
        long errorsTotal,
        String startedAt,
        String finishedAt) {

    static final String RUNNING = "RUNNING";
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    static ImportReport from(JsonObject json) {
        List<ImportError> errors;
        long errorsTotal;
        if (json.object("errors").isPresent()) {
            JsonObject page = json.object("errors").get();
            errors = page.objects("items").stream().map(ImportError::from).toList();
            errorsTotal = page.numberOr("total", errors.size());
        } else {
            errors = json.objects("errors").stream().map(ImportError::from).toList();
            errorsTotal = errors.size();
        }
        return new ImportReport(
                json.text("state").orElse(null),
                json.number("linesRead").orElse(null),
                json.numberOr("accepted", 0),
                json.numberOr("rejected", 0),
                json.numberOr("unchanged", 0),
                json.number("created").orElse(null),
                json.number("updated").orElse(null),
                json.number("stoppedAtLine").orElse(null),
                errors,
                errorsTotal,
                json.text("startedAt").orElse(null),
                json.text("finishedAt").orElse(null));
    }

    boolean running() {
        return RUNNING.equals(state);
    }

    /**
     * A job that ran to its end, or a synchronous summary that did not stop early; rejected lines
     * do not make an import fail.
     */
    boolean succeeded() {
        return state == null ? stoppedAtLine == null : COMPLETED.equals(state);
    }

    /** The job's state; for a synchronous summary, FAILED when it stopped early, else "finished". */
    String outcome() {
        if (state != null) {
            return state;
        }
        return stoppedAtLine == null ? "finished" : FAILED;
    }

    /** Lines the server has dealt with: its own count if it gives one, else the sum of the outcomes. */
    long linesDone() {
        return linesRead != null ? linesRead : accepted + rejected + unchanged;
    }

    /** The job's own duration by the server's clock; empty for a synchronous summary or unreadable times. */
    OptionalDouble serverSeconds() {
        Optional<OffsetDateTime> start = time(startedAt);
        Optional<OffsetDateTime> end = time(finishedAt);
        if (start.isEmpty() || end.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Duration.between(start.get(), end.get()).toNanos() / 1e9);
    }

    private static Optional<OffsetDateTime> time(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
