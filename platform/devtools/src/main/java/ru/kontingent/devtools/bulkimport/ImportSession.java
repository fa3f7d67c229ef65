package ru.kontingent.devtools.bulkimport;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import ru.kontingent.devtools.synthetic.StudentFileFormat;

/**
 * One run of the import client: upload, then (for a 202) poll the job until it ends, drawing the
 * progress bar; then the summary and the first errors on stdout. Exit code 0 when the import
 * completed, rejected lines included; 1 when the server refused it or the job failed.
 */
public final class ImportSession {

    public static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final int ERRORS_SHOWN = 20;
    /** A job outlives a hiccup of the connection; this many failed polls in a row end the client. */
    private static final int POLL_ATTEMPTS = 3;

    private final ImportClient client;
    private final Duration pollInterval;
    private final PrintStream out;
    private final PrintStream err;
    private final ProgressLine progress;

    public ImportSession(String baseUrl, String token, Duration pollInterval, PrintStream out, PrintStream err,
            boolean terminal) {
        this.client = new ImportClient(baseUrl, token);
        this.pollInterval = pollInterval;
        this.out = out;
        this.err = err;
        this.progress = new ProgressLine(err, terminal);
    }

    public int run(Path file, StudentFileFormat format, Charset charset) throws IOException, InterruptedException {
        return execute(file, format, charset).exitCode();
    }

    /** {@link #run} with the figures kept: what the import benchmark times. */
    public ImportResult execute(Path file, StudentFileFormat format, Charset charset)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        long totalLines = LineCounter.dataLines(file, format);
        long totalBytes = Files.size(file);
        err.printf(Locale.ROOT, "kontingent: importing %s (%,d lines, %s, %s) into %s%n", file, totalLines,
                ProgressBar.size(totalBytes), format.mediaType(charset), client.importUri());

        long started = System.nanoTime();
        LongAdder sent = new LongAdder();
        HttpResponse<String> answer = awaitUpload(client.upload(file, format, charset, sent), sent, totalBytes, started);
        int status = answer.statusCode();

        if (status == 200 || status == 201) {
            return finish(report(answer), totalLines, started, null);
        }
        if (status == 202) {
            Optional<String> location = answer.headers().firstValue("Location");
            if (location.isEmpty()) {
                err.println("kontingent: the server queued the import (202) but sent no Location to follow");
                return ImportResult.refused(totalLines, seconds(started));
            }
            URI job = client.importUri().resolve(location.get());
            err.println("kontingent: queued as " + job);
            return follow(job, totalLines, started);
        }
        printRefusal("import refused", answer);
        return ImportResult.refused(totalLines, seconds(started));
    }

    private HttpResponse<String> awaitUpload(CompletableFuture<HttpResponse<String>> upload, LongAdder sent,
            long totalBytes, long started) throws IOException, InterruptedException {
        try {
            while (true) {
                try {
                    HttpResponse<String> answer = upload.get(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    progress.finish(ProgressBar.upload(sent.sum(), totalBytes, seconds(started)));
                    return answer;
                } catch (TimeoutException stillSending) {
                    progress.show(ProgressBar.upload(sent.sum(), totalBytes, seconds(started)));
                }
            }
        } catch (ExecutionException e) {
            progress.finish(ProgressBar.upload(sent.sum(), totalBytes, seconds(started)));
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            upload.cancel(true);
            throw e;
        }
    }

    private ImportResult follow(URI job, long totalLines, long started) throws IOException, InterruptedException {
        int failedPolls = 0;
        while (true) {
            Thread.sleep(pollInterval.toMillis());
            HttpResponse<String> answer;
            try {
                answer = client.get(job);
                failedPolls = 0;
            } catch (IOException e) {
                if (++failedPolls < POLL_ATTEMPTS) {
                    continue;
                }
                progress.finish("");
                throw new IOException("lost the server while following " + job
                        + "; the job may still be running there", failure(e));
            }
            if (answer.statusCode() != 200) {
                progress.finish("");
                printRefusal("could not follow the import job " + job, answer);
                return ImportResult.refused(totalLines, seconds(started));
            }
            ImportReport report = report(answer);
            String line = ProgressBar.job(report.linesDone(), totalLines, report.accepted(), report.rejected(),
                    report.unchanged(), seconds(started));
            if (report.running()) {
                progress.show(line);
                continue;
            }
            progress.finish(line);
            return finish(report, totalLines, started, job);
        }
    }

    private ImportResult finish(ImportReport report, long totalLines, long started, URI job) {
        double seconds = seconds(started);
        long lines = report.linesDone();
        out.printf(Locale.ROOT, "Import %s in %.1f s: %,d of %,d lines, %s%n", report.outcome(), seconds, lines, totalLines,
                ProgressBar.rate(lines, seconds));
        if (report.stoppedAtLine() != null) {
            out.printf(Locale.ROOT, "  stopped at line %,d%n", report.stoppedAtLine());
        }
        out.printf(Locale.ROOT, "  accepted  %,12d%s%n", report.accepted(), createdAndUpdated(report));
        out.printf(Locale.ROOT, "  rejected  %,12d%n", report.rejected());
        out.printf(Locale.ROOT, "  unchanged %,12d%n", report.unchanged());
        printErrors(report, job);
        return new ImportResult(report.succeeded() ? 0 : 1, report.outcome(), totalLines, lines, report.accepted(),
                report.rejected(), report.unchanged(), seconds, report.serverSeconds());
    }

    private static String createdAndUpdated(ImportReport report) {
        if (report.created() == null && report.updated() == null) {
            return "";
        }
        return String.format(Locale.ROOT, "  (created %s, updated %s)",
                report.created() == null ? "?" : String.format(Locale.ROOT, "%,d", report.created()),
                report.updated() == null ? "?" : String.format(Locale.ROOT, "%,d", report.updated()));
    }

    private void printErrors(ImportReport report, URI job) {
        if (report.errorsTotal() == 0 && report.errors().isEmpty()) {
            return;
        }
        int shown = Math.min(ERRORS_SHOWN, report.errors().size());
        out.printf(Locale.ROOT, "Errors: %,d in all, the first %d:%n", Math.max(report.errorsTotal(), shown), shown);
        report.errors().stream().limit(shown).forEach(error -> out.println("  " + error.describe()));
        long more = report.errorsTotal() - shown;
        if (more > 0) {
            out.printf(Locale.ROOT, "  ... and %,d more%s%n", more, job == null ? "" : " (GET " + job + ")");
        }
    }

    private void printRefusal(String what, HttpResponse<String> answer) {
        Problem problem = problem(answer);
        err.println("kontingent: " + what + ": HTTP " + problem.status()
                + (problem.title() != null ? " " + problem.title() : ""));
        if (problem.detail() != null) {
            err.println("  " + problem.detail());
        }
        if (problem.type() != null) {
            err.println("  type: " + problem.type());
        }
        problem.errors().stream().limit(ERRORS_SHOWN).forEach(error -> err.println("  " + error.describe()));
        if (problem.title() == null && problem.detail() == null) {
            err.println("  (no problem details" + switch (answer.statusCode()) {
                case 401 -> "; is the token missing, expired, or signed by other keys than the server trusts?";
                case 404, 405 -> "; does this server have " + ImportClient.IMPORT_PATH + " yet?";
                default -> "";
            } + ")");
        }
    }

    private static Problem problem(HttpResponse<String> answer) {
        try {
            return Problem.from(answer.statusCode(), JsonObject.parse(answer.body()));
        } catch (IllegalArgumentException notJson) {
            return Problem.withoutDetails(answer.statusCode());
        }
    }

    private static ImportReport report(HttpResponse<String> answer) throws IOException {
        try {
            return ImportReport.from(JsonObject.parse(answer.body()));
        } catch (IllegalArgumentException e) {
            throw new IOException("the server answered " + answer.statusCode() + " with a body that is not the "
                    + "import's JSON summary", e);
        }
    }

    private IOException failure(Throwable cause) {
        if (cause instanceof ConnectException) {
            return new IOException("cannot connect to " + client.importUri() + "; is the server running?", cause);
        }
        return cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
