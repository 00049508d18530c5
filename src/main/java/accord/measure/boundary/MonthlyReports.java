package accord.measure.boundary;

import accord.measure.control.Figure;
import accord.measure.control.KeyAccountsAtRisk;
import accord.measure.control.MeasureFormulas;
import accord.measure.control.MeasureInputs;
import accord.measure.control.Measures;
import accord.measure.control.Period;
import accord.measure.control.ReportFonts;
import accord.measure.control.ReportPdf;
import accord.measure.control.Scope;
import accord.organisation.control.Actor;
import accord.organisation.control.Directory;
import accord.platform.control.AccessRefusals;
import accord.platform.control.AuditWording;
import accord.platform.control.Moments;
import accord.platform.control.Refused;
import accord.platform.control.Text;
import accord.security.control.ZoneNames;
import accord.target.boundary.Targets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The monthly sales report (000 §13) of a team or the company as a PDF a manager can mail on: the
 * month's measures beside the month before and the same month a year earlier; attainment per member
 * (or per team) in the last quarter ended, since sales are kept by quarter; the visits of the last
 * six months; the key accounts lost in the month and those at risk. Written in the reader's language,
 * its months and moments in the reader's time zone.
 */
@ApplicationScoped
public class MonthlyReports {

    /** Who reads the report: their language, time zone and name, for its words and its "prepared on". */
    public record Reader(Actor actor, Locale language, ZoneId zone, String name) {
    }

    /** The measures that the quarter's section repeats: those computed from the sales figures. */
    private static final List<String> SALES_MEASURES = List.of("attainment", "growth", "penetration", "conversion",
            "cancellation", "salesPerVisit");

    @Inject
    SalesMeasures measures;

    @Inject
    MeasureInputs inputs;

    @Inject
    Directory directory;

    @Inject
    Targets targets;

    @Inject
    KeyAccountsAtRisk atRisk;

    /** The scopes a monthly report may be asked for: the company or a team, of those the person may see. */
    public List<SalesMeasures.Choice> choices(Actor actor) {
        return measures.choices(actor).stream().filter(c -> c.code().equals("company") || c.code().startsWith("team:")).toList();
    }

    /** The report as PDF bytes; refused (and recorded) for a scope that is not the reader's to report on. */
    public byte[] pdf(Reader reader, String code, Period month) {
        return Text.in(reader.language(), () -> {
            SalesMeasures.Choice choice = choices(reader.actor()).stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
            if (choice == null || month.kind() != Period.Kind.MONTH) {
                AccessRefusals.record(reader.actor().login(), AuditWording.of("audit.act.seeMeasures", code), "measure.refused.notYours");
                throw new Refused("measure.refused.notYours", reader.actor().login() + " may not have the monthly report of " + code);
            }
            ReportFonts.Faces faces = ReportFonts.faces().orElseThrow(() -> new Refused("monthlyReport.noFont", "no font with Chinese glyphs"));
            return write(faces, reader, choice, month);
        });
    }

    private byte[] write(ReportFonts.Faces faces, Reader reader, SalesMeasures.Choice choice, Period month) {
        String code = choice.code();
        SalesMeasures.Table monthTable = measures.table(reader.actor(), code, month, reader.zone());
        ReportPdf pdf = new ReportPdf(faces, reader.language(), Text.of("monthlyReport.title", choice.label(), name(month, reader)),
                reader.name());
        pdf.line(Text.of("monthlyReport.prepared", reader.name(), Moments.dateTime(Instant.now(), reader.language(), reader.zone()),
                ZoneNames.name(reader.zone(), reader.language())));
        monthSection(pdf, reader, monthTable, month);
        Period quarter = lastQuarterEnded(month);
        quarterSection(pdf, reader, code, quarter);
        visitsSection(pdf, reader, code, month);
        accountsSection(pdf, reader, code, monthTable, month);
        pdf.footnote(Text.of("monthlyReport.source"));
        return pdf.finish();
    }

    /** The quarter holding the month when the month closes it, else the quarter before. */
    static Period lastQuarterEnded(Period month) {
        Period holding = Period.of(Period.Kind.QUARTER, month.firstDay());
        return month.endDay().equals(holding.endDay()) ? holding : holding.previous();
    }

    private void monthSection(ReportPdf pdf, Reader reader, SalesMeasures.Table table, Period month) {
        pdf.heading(Text.of("monthlyReport.month", name(month, reader)));
        pdf.table(List.of(Text.of("measure.measure"), name(month, reader), name(month.previous(), reader), name(month.lastYear(), reader)),
                table.rows().stream().filter(r -> !SALES_MEASURES.contains(r.key())).map(r -> List.of(Text.of("measure." + r.key()),
                        FigureText.of(r.now(), r.unit(), month), FigureText.of(r.previous(), r.unit(), month),
                        FigureText.of(r.lastYear(), r.unit(), month))).toList(),
                1, 2.4f, 1.6f, 1.6f, 1.6f);
        pdf.paragraph(Text.of("monthlyReport.salesByQuarter"));
    }

    private void quarterSection(ReportPdf pdf, Reader reader, String code, Period quarter) {
        pdf.heading(Text.of("monthlyReport.quarter", name(quarter, reader)));
        SalesMeasures.Table table = measures.table(reader.actor(), code, quarter, reader.zone());
        pdf.table(List.of(Text.of("measure.measure"), name(quarter, reader), name(quarter.previous(), reader),
                        name(quarter.lastYear(), reader)),
                table.rows().stream().filter(r -> SALES_MEASURES.contains(r.key())).map(r -> List.of(Text.of("measure." + r.key()),
                        FigureText.of(r.now(), r.unit()), FigureText.of(r.previous(), r.unit()), FigureText.of(r.lastYear(), r.unit())))
                        .toList(),
                1, 2.4f, 1.6f, 1.6f, 1.6f);
        List<Map.Entry<String, Scope>> parts = parts(code);
        List<ReportPdf.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Scope> part : parts) {
            MeasureInputs.Sales sales = inputs.salesOf(part.getValue(), quarter);
            Figure attainment = MeasureFormulas.attainment(sales.actual(), sales.target());
            bars.add(new ReportPdf.Bar(part.getKey(), attainment.known() ? attainment.value() : null, FigureText.percent(attainment)));
            rows.add(List.of(part.getKey(), yuan(sales.actual()), yuan(sales.target()), FigureText.percent(attainment)));
        }
        pdf.keepTogether(parts.size()).paragraph(Text.of(code.equals("company") ? "monthlyReport.attainmentByTeam" : "monthlyReport.attainmentByMember", name(quarter, reader)));
        if (parts.isEmpty()) {
            pdf.paragraph(Text.of("monthlyReport.nobody"));
            return;
        }
        pdf.barChart(bars, 100.0, Text.of("monthlyReport.target100"));
        pdf.table(List.of(Text.of(code.equals("company") ? "monthlyReport.team" : "monthlyReport.member"), Text.of("monthlyReport.sales"),
                Text.of("monthlyReport.target"), Text.of("measure.attainment")), rows, 1, 2.4f, 1.6f, 1.6f, 1.2f);
    }

    private void visitsSection(ReportPdf pdf, Reader reader, String code, Period month) {
        pdf.keepTogether(6).heading(Text.of("monthlyReport.visits"));
        Scope scope = measures.scope(reader.actor(), code);
        List<Period> months = new ArrayList<>(Stream.iterate(month, Period::previous).limit(6).toList());
        java.util.Collections.reverse(months);
        List<ReportPdf.Bar> bars = months.stream().map(m -> {
            MeasureInputs.Visits visits = inputs.visitsOf(scope, m);
            return new ReportPdf.Bar(name(m, reader), (double) visits.made(), Text.of("monthlyReport.visitsMade", visits.made(),
                    visits.toProspects()));
        }).toList();
        pdf.barChart(bars, null, null);
    }

    private void accountsSection(ReportPdf pdf, Reader reader, String code, SalesMeasures.Table monthTable, Period month) {
        pdf.heading(Text.of("monthlyReport.lost", name(month, reader)));
        List<MeasureInputs.Loss> losses = monthTable.losses();
        if (losses.isEmpty()) {
            pdf.paragraph(Text.of("measure.noLosses"));
        } else {
            pdf.table(List.of(Text.of("monthlyReport.when"), Text.of("monthlyReport.customer"), Text.of("monthlyReport.reason")), losses.stream()
                    .map(l -> List.of(Moments.dateTime(l.at(), reader.language(), reader.zone()), l.customer(), text(l.reason())))
                    .toList(), 3, 1.4f, 2f, 3f);
        }
        pdf.heading(Text.of("monthlyReport.atRisk"));
        List<KeyAccountsAtRisk.Account> accounts = code.equals("company") ? atRisk.of(null)
                : measures.team(code.substring("team:".length())).stream().flatMap(login -> atRisk.of(login).stream()).toList();
        if (accounts.isEmpty()) {
            pdf.paragraph(Text.of("monthlyReport.noneAtRisk"));
        } else {
            pdf.table(List.of(Text.of("monthlyReport.customer"), Text.of("monthlyReport.accountManager"), Text.of("monthlyReport.quarterShort"),
                            Text.of("measure.attainment")),
                    accounts.stream().map(a -> List.of(a.name() + " (" + a.code() + ")", a.manager(), a.quarter(),
                            FigureText.percent(a.attainment()))).toList(), 3, 2.6f, 1.4f, 1.2f, 1f);
        }
    }

    /** A team's members one by one; the company's teams one by one. */
    private List<Map.Entry<String, Scope>> parts(String code) {
        if (code.equals("company")) {
            return targets.managers().stream().map(m -> Map.entry(Text.of("measure.scope.team", m.displayName()),
                    Scope.reps(measures.team(m.login())))).toList();
        }
        return directory.directReports(code.substring("team:".length())).stream()
                .map(e -> Map.entry(e.displayName(), Scope.reps(Set.of(e.login())))).toList();
    }

    private static String name(Period period, Reader reader) {
        return PeriodName.of(period, reader.language());
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? Text.of("monthlyReport.notReported") : Text.of("measure.unit.YUAN", amount);
    }

    private static String text(String reason) {
        return reason == null || reason.isBlank() ? "–" : reason;
    }
}
