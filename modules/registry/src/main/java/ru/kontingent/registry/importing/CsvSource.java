package ru.kontingent.registry.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * CSV with a header row, {@code ;} or {@code ,} as separator (whichever the header uses more),
 * RFC 4180 quoting. A row with the wrong number of cells is reported and skipped.
 */
final class CsvSource implements LineSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final ObjectMapper mapper;
    private final int width;

    CsvSource(BufferedReader reader, ObjectMapper mapper) {
        this.mapper = mapper;
        try {
            reader.mark(64 * 1024);
            String header = reader.readLine();
            reader.reset();
            char separator = header != null && count(header, ',') > count(header, ';') ? ',' : ';';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
            }
            this.width = names.size();
            this.records = parser.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public SourceLine next() {
        if (!records.hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord row = records.next();
        long line = row.getRecordNumber() + 1;
        if (row.size() != width) {
            return SourceLine.unreadable(line, "line", "expected " + width + " columns, found " + row.size());
        }
        return SourceLine.read(line, CsvColumns.toRecord(column -> cell(row, column), mapper));
    }

    private String cell(CSVRecord row, String column) {
        Integer index = columns.get(column.toLowerCase(Locale.ROOT));
        if (index == null) {
            return null;
        }
        String value = row.get(index);
        return value == null || value.isEmpty() ? null : value;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
