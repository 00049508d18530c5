package accord.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An import file as lines of text cells (sales figures, people, departments): CSV (UTF-8, a
 * byte-order mark allowed) or the first sheet of an XLSX workbook. Line 1 is the header. Numbers
 * in XLSX cells come as the sheet shows them, without grouping.
 */
public final class TableFile {

    /** One line of the file: its number (1 = the header) and its cells. */
    public record Line(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        /**
         * The cell of a column (null: the file has no such column) as typed, less the spaces around
         * it and the quote an export puts before what a spreadsheet would run (TableExport.inert);
         * blank is nothing.
         */
        public String typed(Integer index) {
            if (index == null) {
                return null;
            }
            String value = cell(index);
            if (value.length() > 1 && value.charAt(0) == '\'' && TableExport.startsLikeAFormula(value.substring(1))) {
                value = value.substring(1);
            }
            return value.isBlank() ? null : value;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private TableFile() {
    }

    /** The lines of the file; an unreadable file gives an IOException. */
    public static List<Line> read(String fileName, byte[] content) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Line> lines = name.endsWith(".xlsx") ? xlsx(content) : csv(content);
        return lines.stream().filter(line -> line.number() == 1 || !line.isBlank()).toList();
    }

    private static List<Line> csv(byte[] content) throws IOException {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        List<Line> lines = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).build().parse(reader)) {
                lines.add(new Line((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
            throw new IOException("Not a readable CSV file", malformed);
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] content) throws IOException {
        List<Line> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    Cell cell = row.getCell(column);
                    cells.add(cell == null ? "" : plain(cell, formatter));
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
        } catch (RuntimeException notAWorkbook) {
            throw new IOException("Not a readable XLSX file", notAWorkbook);
        }
        return lines;
    }

    /** Numeric cells as plain numbers (no grouping, no exponent), others as shown. */
    private static String plain(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
