package accord.measure.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * A report as a PDF, written top to bottom: a title, headings, paragraphs, tables and horizontal bar
 * charts. Every bar carries its figure in words beside it, so the chart reads in black and white and
 * without the colour; a bar without data says so instead of drawing a 0.
 */
public final class ReportPdf {

    /** A bar: its label, its value (null: no data) and the value as the reader reads it. */
    public record Bar(String label, Double value, String valueText) {
    }

    private static final Color BAR = new Color(0x3b, 0x6f, 0xd8);
    private static final Color RULE = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER = new Color(0xe8, 0xee, 0xf8);
    private static final float LABEL_WIDTH = 150;
    private static final float BAR_HEIGHT = 12;
    private static final float BAR_GAP = 7;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 42, 42, 48, 48);
    private final PdfWriter writer;
    private final ReportFonts.Faces faces;

    public ReportPdf(ReportFonts.Faces faces, Locale language, String title, String author) {
        this.faces = faces;
        writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setStrictImageSequence(true); // a chart stays under its heading, moved to the next page with what follows
        document.addTitle(title);
        document.addAuthor(author);
        document.addCreator("Accord");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
        Paragraph heading = new Paragraph(title, new Font(faces.bold(), 18));
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    public ReportPdf line(String text) {
        document.add(new Paragraph(text, new Font(faces.regular(), 10, Font.NORMAL, RULE)));
        return this;
    }

    public ReportPdf heading(String text) {
        Paragraph heading = new Paragraph(text, new Font(faces.bold(), 13));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
        return this;
    }

    public ReportPdf paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, new Font(faces.regular(), 10));
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
        return this;
    }

    /** A table; its first {@code textColumns} left-aligned, the others (figures) right-aligned; the header repeats on a new page. */
    public ReportPdf table(List<String> headers, List<List<String>> rows, int textColumns, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int i = 0; i < headers.size(); i++) {
            PdfPCell cell = cell(headers.get(i), faces.bold(), i < textColumns);
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), faces.regular(), i < textColumns));
            }
        }
        document.add(table);
        return this;
    }

    private static PdfPCell cell(String text, com.lowagie.text.pdf.BaseFont font, boolean words) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 9)));
        cell.setPadding(4);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setHorizontalAlignment(words ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        return cell;
    }

    /**
     * Horizontal bars, one per label, scaled to the largest value (or the reference line, e.g. 100 %
     * of target, drawn dashed with its label when given).
     */
    public ReportPdf barChart(List<Bar> bars, Double reference, String referenceLabel) {
        float width = document.right() - document.left();
        float height = chartHeight(bars.size());
        double most = bars.stream().filter(b -> b.value() != null).mapToDouble(b -> Math.max(0, b.value())).max().orElse(0);
        if (reference != null) {
            most = Math.max(most, reference);
        }
        float widest = (float) bars.stream().mapToDouble(b -> faces.regular().getWidthPoint(b.valueText(), 9)).max().orElse(0);
        float room = width - LABEL_WIDTH - widest - 8;
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        float y = height - BAR_HEIGHT - 4;
        for (Bar bar : bars) {
            text(chart, fit(bar.label(), LABEL_WIDTH - 8), 0, y + 2, 9, RULE);
            float length = bar.value() == null || most <= 0 ? 0 : (float) (room * Math.max(0, bar.value()) / most);
            if (length > 0) {
                chart.setColorFill(BAR);
                chart.rectangle(LABEL_WIDTH, y, length, BAR_HEIGHT);
                chart.fill();
            }
            text(chart, bar.valueText(), LABEL_WIDTH + length + 4, y + 2, 9, Color.BLACK);
            y -= BAR_HEIGHT + BAR_GAP;
        }
        chart.setColorStroke(RULE);
        chart.setLineWidth(0.6f);
        chart.moveTo(LABEL_WIDTH, 14);
        chart.lineTo(LABEL_WIDTH, height);
        chart.stroke();
        if (reference != null && most > 0) {
            float x = LABEL_WIDTH + (float) (room * reference / most);
            chart.setLineDash(3, 2);
            chart.moveTo(x, 14);
            chart.lineTo(x, height);
            chart.stroke();
            chart.setLineDash(0);
            text(chart, referenceLabel, x - faces.regular().getWidthPoint(referenceLabel, 8) / 2, 2, 8, RULE);
        }
        Image image = Image.getInstance(chart);
        image.setAlignment(Element.ALIGN_LEFT);
        image.setSpacingBefore(4);
        image.setSpacingAfter(8);
        document.add(image);
        return this;
    }

    private static float chartHeight(int bars) {
        return bars * (BAR_HEIGHT + BAR_GAP) + 22;
    }

    /** Starts a new page unless a heading and a chart of so many bars fit on this one: they stay together. */
    public ReportPdf keepTogether(int bars) {
        if (writer.getVerticalPosition(false) - document.bottom() < chartHeight(bars) + 60) {
            document.newPage();
        }
        return this;
    }

    private void text(PdfContentByte canvas, String text, float x, float y, float size, Color color) {
        canvas.beginText();
        canvas.setFontAndSize(faces.regular(), size);
        canvas.setColorFill(color);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    /** The label cut to the width with an ellipsis, for the chart only: the table beside it has it whole. */
    private String fit(String label, float width) {
        if (faces.regular().getWidthPoint(label, 9) <= width) {
            return label;
        }
        String cut = label;
        while (!cut.isEmpty() && faces.regular().getWidthPoint(cut + "…", 9) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** A line of small print at the end (where the figures come from). */
    public ReportPdf footnote(String text) {
        Paragraph note = new Paragraph(new Chunk(text, new Font(faces.regular(), 8, Font.NORMAL, RULE)));
        note.setSpacingBefore(12);
        document.add(note);
        return this;
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
