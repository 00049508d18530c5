package accord.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Rows as a file with an import's columns (people, departments, customers), so that an export
 * edited in a spreadsheet imports again. CSV is UTF-8 with a byte-order mark (so spreadsheets read Chinese);
 * a cell that a spreadsheet would run as a formula gets a quote before it ({@link #inert}), which
 * the import takes off again.
 */
public final class TableExport {

    private TableExport() {
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(TableExport::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XLSX cells are text cells: never formulas, whatever they start with. */
    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i) == null ? "" : cells.get(i));
        }
    }

    /**
     * A cell a spreadsheet will not run (OWASP's CSV injection): one that begins with = + - @, a tab
     * or a carriage return gets a quote before it. A plain number (-12, +3.5, -40%) stays a number.
     */
    public static String inert(String cell) {
        if (cell == null) {
            return "";
        }
        return startsLikeAFormula(cell) ? "'" + cell : cell;
    }

    /** Whether a spreadsheet would take this cell for a formula, were it not quoted. */
    public static boolean startsLikeAFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches();
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9]+([.,][0-9]+)*%?");
}
