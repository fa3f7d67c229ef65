package ru.kontingent.devtools;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import ru.kontingent.devtools.bulkimport.ImportSession;
import ru.kontingent.devtools.synthetic.StudentFileFormat;

/**
 * {@code import FILE}: the client of the registry's bulk import. The file is streamed from disk,
 * never loaded; summary and errors go to stdout, the progress bar to stderr.
 */
final class ImportCommand implements Subcommand {

    static final String DEFAULT_URL = "http://localhost:" + RunCommand.HTTP_PORT;
    /** Schools' spreadsheets are saved in windows-1251 as often as in UTF-8. */
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @Override
    public Set<String> options() {
        return Set.of("token", "url", "format", "charset");
    }

    @Override
    public List<String> operands() {
        return List.of("FILE");
    }

    @Override
    public int run(CliArguments arguments, DevWorkspace workspace) throws Exception {
        Path file = workspace.resolve(arguments.operand("FILE"));
        String token = arguments.value("token")
                .orElseThrow(() -> new UsageException("import needs --token TOKEN (mint one with the token command)"));
        String url = arguments.valueOr("url", DEFAULT_URL);
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new UsageException("--url must start with http:// or https://, got '" + url + "'");
        }
        StudentFileFormat format = format(arguments, file);
        Charset charset = charset(arguments, format);
        ImportSession session = new ImportSession(url, token, ImportSession.POLL_INTERVAL, System.out, System.err,
                System.console() != null);
        return session.run(file, format, charset);
    }

    /** --format wins, else the file's extension; there is no guessing from content. */
    static StudentFileFormat format(CliArguments arguments, Path file) {
        if (arguments.value("format").isPresent()) {
            String name = arguments.value("format").get();
            return StudentFileFormat.named(name)
                    .orElseThrow(() -> new UsageException("--format must be ndjson or csv, got '" + name + "'"));
        }
        return StudentFileFormat.ofFileName(file.getFileName().toString()).orElseThrow(() -> new UsageException(
                "cannot tell the format of " + file.getFileName() + " from its extension; pass --format ndjson|csv"));
    }

    /** UTF-8 or windows-1251, and only UTF-8 for NDJSON: JSON text is UTF-8 by definition (RFC 8259). */
    static Charset charset(CliArguments arguments, StudentFileFormat format) {
        if (arguments.value("charset").isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        String name = arguments.value("charset").get();
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("--charset must be UTF-8 or windows-1251, got '" + name + "'");
        }
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(WINDOWS_1251)) {
            throw new UsageException("--charset must be UTF-8 or windows-1251, got '" + name + "'");
        }
        if (format == StudentFileFormat.NDJSON && !charset.equals(StandardCharsets.UTF_8)) {
            throw new UsageException("NDJSON is always UTF-8; --charset " + name + " is for CSV files");
        }
        return charset;
    }
}
