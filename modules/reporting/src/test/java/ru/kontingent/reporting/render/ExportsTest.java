package ru.kontingent.reporting.render;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.kontingent.platform.module.ReportColumn;
import ru.kontingent.platform.module.ReportTable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportsTest {

    private static final ReportTable TABLE = ReportTable.of(
            List.of(ReportColumn.dimension("municipality", "Муниципальное образование"), ReportColumn.count("students", "Обучающихся")),
            Arrays.asList(new Object[]{"Таганрог; центр", 12L}, new Object[]{null, 3L}));

    @Test
    void csvHasABomSemicolonsAndQuotesWhatNeedsIt /* an empty first field is quoted: a bare one could read as a blank line */() {
        byte[] csv = CsvExport.render(TABLE);

        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("Муниципальное образование;Обучающихся\r\n\"Таганрог; центр\";12\r\n\"\";3\r\n", text);
    }

    @Test
    void xlsxHasABoldHeaderAndNumericCells() throws IOException {
        byte[] xlsx = XlsxExport.render("Контингент: по организациям/муниципалитетам", TABLE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getSheetName().length() <= 31);
            assertEquals("Обучающихся", sheet.getRow(0).getCell(1).getStringCellValue());
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(1).getCellType());
            assertEquals(12.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("Таганрог; центр", sheet.getRow(1).getCell(0).getStringCellValue());
        }
    }
}
