package ru.kontingent.reporting.render;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.kontingent.platform.module.ReportColumn;
import ru.kontingent.platform.module.ReportTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Cyrillic as
 * Windows-1251) and {@code ;} between fields (the list separator of Russian-locale Excel).
 * The header row carries the column titles.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private CsvExport() {
    }

    public static byte[] render(ReportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), FORMAT)) {
            printer.printRecord(table.columns().stream().map(ReportColumn::title).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(value -> value == null ? "" : value.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
