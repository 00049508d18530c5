package accord.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.audit.AuditFixture;
import accord.customer.entity.Tier;
import accord.measure.boundary.MonthlyReports;
import accord.measure.control.Period;
import accord.organisation.control.Directory;
import accord.organisation.entity.Role;
import accord.platform.PlatformFixture;
import accord.platform.control.Refused;
import accord.testing.Deployments;
import accord.testing.shared.SharedDeployment;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly report as a PDF in the real container, read back as text: a team's June with each
 * member's attainment in the quarter June closes (computed by hand), the visits, the key account lost
 * with its reason and the one at risk, in English and in Chinese; another team's or the company's
 * refused to a rep and recorded.
 */
@SharedDeployment
@ExtendWith(ArquillianExtension.class)
class MonthlyReportsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    PlatformFixture fixture;

    @Inject
    MeasureFixture measures;

    @Inject
    MonthlyReports reports;

    @Inject
    Directory directory;

    @Inject
    AuditFixture audit;

    @Test
    void aTeamsJuneInBothLanguagesAndRefusedToARep() throws IOException {
        String sales = PlatformFixture.unique("MR");
        fixture.department(sales, null);
        String manager = fixture.member(sales, Role.SALES_MANAGER);
        String steady = fixture.member(sales);
        String lagging = fixture.member(sales);
        fixture.reportTo(steady, manager);
        fixture.reportTo(lagging, manager);
        int year = LocalDate.now(SHANGHAI).getYear() - 1;
        long steadyAccount = fixture.customer(Tier.A, "月报测试稳健", steady);
        long laggingAccount = fixture.customer(Tier.A, "月报测试落后", lagging);
        long lostAccount = fixture.customer(Tier.A, "月报测试流失", lagging);
        fixture.figure(steadyAccount, year, 2, "100000", "90000");
        fixture.figure(laggingAccount, year, 2, "100000", "50000");
        for (int day = 1; day <= 3; day++) {
            measures.visit(steady, steadyAccount, LocalDate.of(year, 6, day + 1));
        }
        measures.visit(lagging, laggingAccount, LocalDate.of(year, 5, 20));
        measures.lose(lostAccount, LocalDateTime.of(year, 6, 15, 10, 0).atZone(SHANGHAI).toInstant(), "转投竞争对手");
        Period june = Period.month(year, 6);

        byte[] englishPdf = reports.pdf(reader(manager, Locale.ENGLISH), "team:" + manager, june);
        String english = text(englishPdf);
        assertTrue(english.contains("My team: monthly sales report, June " + year), english);
        assertTrue(english.contains("Sales in the last quarter ended: Q2 " + year), "June closes Q2");
        assertTrue(english.contains(directory.employee(steady).orElseThrow().displayName()), "each member listed");
        assertTrue(english.contains("90.0 %") && english.contains("50.0 %"), "90,000 of 100,000 and 50,000 of 100,000: " + english);
        assertTrue(english.contains("3 visits, 0 to prospects"), "June's visits: " + english);
        assertTrue(english.contains("1 visit, 0 to prospects"), "May's visit, a month before");
        assertTrue(english.contains("月报测试流失") && english.contains("转投竞争对手"), "the key account lost, with its reason");
        assertTrue(english.contains("月报测试落后"), "the key account under 90 % is at risk");
        assertTrue(english.replace('\n', ' ').contains("are kept by quarter: the next section has them"),
                "a month has no sales of its own, said so");
        assertTrue(english.contains("Key-account retention"), "the month's own measures");

        byte[] chinesePdf = reports.pdf(reader(manager, Locale.SIMPLIFIED_CHINESE), "team:" + manager, june);
        String chinese = text(chinesePdf);
        assertTrue(chinese.contains("我的团队销售月报"), chinese);
        assertTrue(chinese.contains("拜访 3 次，其中潜在客户 0 次"), chinese);
        assertTrue(!chinese.contains("monthly") && !chinese.contains("visits"), "no English words in the Chinese report");

        assertThrows(Refused.class, () -> reports.pdf(reader(steady, Locale.ENGLISH), "team:" + manager, june));
        assertThrows(Refused.class, () -> reports.pdf(reader(manager, Locale.ENGLISH), "company", june));
        assertThrows(Refused.class, () -> reports.pdf(reader(manager, Locale.ENGLISH), "team:" + manager, Period.quarter(year, 2)));
        assertTrue(audit.refusalReasons(steady).contains("measure.refused.notYours"));
    }

    private MonthlyReports.Reader reader(String login, Locale language) {
        return new MonthlyReports.Reader(directory.actor(login), language, SHANGHAI, login);
    }

    /** The text of every page, lines joined. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertEquals(0, new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("%PDF"), "a PDF");
        return text.toString();
    }
}
