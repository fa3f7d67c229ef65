package ru.kontingent.devtools.bulkimport;

import java.util.OptionalDouble;

/**
 * What one import run measured, for callers that need the figures rather than the printed summary
 * (the import benchmark).
 *
 * @param exitCode      what the {@code import} command exits with: 0 completed, 1 refused or failed
 * @param outcome       COMPLETED, FAILED, "finished" (a synchronous summary) or "refused"
 * @param linesTotal    data lines of the file, counted by the client
 * @param linesDone     lines the server dealt with
 * @param seconds       from the first byte sent to the answer (or the first poll that saw the job end)
 * @param serverSeconds the job's own time from {@code startedAt} to {@code finishedAt}, when the
 *                      server reports both: the processing without the upload
 */
public record ImportResult(
        int exitCode,
        String outcome,
        long linesTotal,
        long linesDone,
        long accepted,
        long rejected,
        long unchanged,
        double seconds,
        OptionalDouble serverSeconds) {

    static ImportResult refused(long linesTotal, double seconds) {
        return new ImportResult(1, "refused", linesTotal, 0, 0, 0, 0, seconds, OptionalDouble.empty());
    }

    public boolean completed() {
        return exitCode == 0;
    }
}
