package ru.kontingent.reporting.render;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.kontingent.platform.module.ReportTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * XLSX through Apache POI's streaming workbook (a window of rows in memory, whatever the size):
 * a bold header row of column titles, numbers as numeric cells so that spreadsheets can sum them.
 */
public final class XlsxExport {

    private static final int ROWS_IN_MEMORY = 500;
    private static final int MAX_SHEET_NAME = 31;

    private XlsxExport() {
    }

    public static byte[] render(String title, ReportTable table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet(sheetName(title));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(table.columns().get(c).title());
                cell.setCellStyle(header);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    write(row.createCell(c), values.get(c));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Excel forbids some characters in sheet names and cuts them at 31. */
    static String sheetName(String title) {
        String safe = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        if (safe.isEmpty()) {
            return "Report";
        }
        return safe.length() > MAX_SHEET_NAME ? safe.substring(0, MAX_SHEET_NAME) : safe;
    }
}
