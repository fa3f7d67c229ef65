package ru.kontingent.registry.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** One JSON object per line, parsed by the decoder ({@link LineDecoder}); blank lines are skipped. */
final class NdjsonSource implements LineSource {

    private final BufferedReader reader;
    private long lineNumber;
    private SourceLine next;

    NdjsonSource(BufferedReader reader) {
        this.reader = reader;
        advance();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public SourceLine next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        SourceLine current = next;
        advance();
        return current;
    }

    private void advance() {
        try {
            String text;
            do {
                text = reader.readLine();
                lineNumber++;
            } while (text != null && text.isBlank());
            next = text == null ? null : SourceLine.json(lineNumber, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
