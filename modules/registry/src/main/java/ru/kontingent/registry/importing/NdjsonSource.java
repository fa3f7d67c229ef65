package ru.kontingent.registry.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** One JSON object per line; blank lines are skipped, a broken line is reported and skipped. */
final class NdjsonSource implements LineSource {

    private final BufferedReader reader;
    private final ObjectMapper mapper;
    private long lineNumber;
    private SourceLine next;

    NdjsonSource(BufferedReader reader, ObjectMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
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
            next = text == null ? null : parse(lineNumber, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourceLine parse(long line, String text) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node instanceof ObjectNode object) {
                return SourceLine.read(line, object);
            }
            return SourceLine.unreadable(line, "line", "not a JSON object");
        } catch (JsonProcessingException e) {
            return SourceLine.unreadable(line, "line", "malformed JSON");
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
