package ru.kontingent.devtools.bulkimport;

import java.util.List;

/**
 * What the server says about an import: the summary of a synchronous one (200), or the state of a
 * job ({@code GET /api/registry/import/{jobId}}). Both carry the counters; a job's errors come
 * paged ({@code {items, page, size, total}}), a summary's as a plain list.
 *
 * @param state         RUNNING, COMPLETED or FAILED for a job; null for a synchronous summary
 * @param linesRead     null when the server does not say
 * @param errorsTotal   how many errors there are in all, of which {@code errors} holds the first
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
        long errorsTotal) {

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
                errorsTotal);
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
}
