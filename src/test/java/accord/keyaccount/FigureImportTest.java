package accord.keyaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.customer.entity.Customer;
import accord.customer.entity.SalesFigure;
import accord.customer.entity.Tier;
import accord.platform.control.TableFile;
import accord.keyaccount.control.FigureImport;
import accord.organisation.control.Actor;
import accord.organisation.entity.Department;
import accord.organisation.entity.Employee;
import accord.organisation.entity.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The import file's rules: every line checked, every problem named by line and column, nothing taken from a bad file. */
class FigureImportTest {

    private final Department east = new Department("SALES_EAST", "华东销售组", "Sales East", null);
    private final Department north = new Department("SALES_NORTH", "华北销售组", "Sales North", null);
    private final Customer ours = new Customer("C0001", "恒通", Tier.A, new Employee("wang.fang", "王芳", null, east, "-"), null, null, 2012);
    private final Customer theirs = new Customer("C0005", "中科", Tier.A, new Employee("sun.li", "孙丽", null, north, "-"), null, null, 2011);
    private final Map<String, Customer> byCode = Map.of("C0001", ours, "C0005", theirs);
    private final Actor eastManager = new Actor("li.ming", List.of("SALES_EAST", "SALES", Role.SALES_MANAGER.name()),
            Set.of("SALES_EAST"), false);
    private final Actor director = new Actor("zhou.jianguo", List.of("SALES", Role.SALES_DIRECTOR.name()), Set.of("SALES"), false);

    private FigureImport.Checked check(String csv, Actor importer) throws IOException {
        return FigureImport.check(TableFile.read("figures.csv", csv.getBytes(StandardCharsets.UTF_8)),
                code -> Optional.ofNullable(byCode.get(code)), importer);
    }

    @Test
    void aGoodFileGivesItsRowsAndEmptyAmountsStayUnknown() throws IOException {
        FigureImport.Checked checked = check("""
                customer,year,quarter,target,actual
                C0001,2025,1,"1,200,000",1180000.50
                C0001,2025,2,1200000,
                """, eastManager);
        assertEquals(List.of(), checked.problems());
        assertEquals(2, checked.rows().size());
        assertEquals(0, new BigDecimal("1200000").compareTo(checked.rows().get(0).target()));
        assertEquals(0, new BigDecimal("1180000.50").compareTo(checked.rows().get(0).actual()));
        assertEquals(null, checked.rows().get(1).actual());
    }

    @Test
    void everyBadLineIsNamedWithItsColumnAndNothingIsTaken() throws IOException {
        FigureImport.Checked checked = check("""
                customer,year,quarter,target,actual
                C0001,2025,1,100,90
                C9999,2025,1,100,90
                C0005,2025,1,100,90
                C0001,1999,5,-1,abc
                C0001,2025,1,100,90.123
                C0001,2025,1,100,90
                """, eastManager);
        assertTrue(checked.rows().isEmpty(), "a file with problems imports nothing");
        assertEquals(List.of(
                "3 customer figures.import.unknownCustomer",
                "4 customer figures.import.notYourCustomer",
                "5 year figures.import.year",
                "5 quarter figures.import.quarter",
                "5 target figures.import.amount",
                "5 actual figures.import.amount",
                "6 actual figures.import.amount",
                "7 null figures.import.duplicate"),
                checked.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList());
    }

    @Test
    void theDirectorImportsForEveryTeamAndChineseHeadersInAnyOrderWork() throws IOException {
        FigureImport.Checked checked = check("""
                \uFEFF季度,客户编码,年份,实际,目标
                3,C0005,2025,500,600
                """, director);
        assertEquals(List.of(), checked.problems());
        assertEquals(theirs, checked.rows().get(0).customer());
        assertEquals(3, checked.rows().get(0).quarter());
        assertEquals(0, new BigDecimal("600").compareTo(checked.rows().get(0).target()));
    }

    @Test
    void orderCountsAreOptionalButComeTogetherAndAreChecked() throws IOException {
        assertEquals(null, check("customer,year,quarter,target,actual\nC0001,2025,1,100,90\n", eastManager).rows().get(0).orders(),
                "no order columns: the stored counts stay");
        FigureImport.Checked good = check("""
                customer,year,quarter,target,actual,订单数,取消订单
                C0001,2025,1,100,90,42,3
                C0001,2025,2,100,90,,
                """, eastManager);
        assertEquals(List.of(), good.problems());
        assertEquals(new SalesFigure.Orders(42, 3), good.rows().get(0).orders());
        assertEquals(new SalesFigure.Orders(null, null), good.rows().get(1).orders());
        assertEquals(List.of("1 cancelled figures.import.ordersTogether"), problems(check(
                "customer,year,quarter,target,actual,orders\nC0001,2025,1,100,90,4\n", eastManager)));
        assertEquals(List.of("2 orders figures.import.count", "3 cancelled figures.import.count",
                "4 cancelled figures.import.cancelledMoreThanOrders", "5 cancelled figures.import.cancelledMoreThanOrders"),
                problems(check("""
                        customer,year,quarter,target,actual,orders,cancelled
                        C0001,2025,1,100,90,4.5,0
                        C0001,2025,2,100,90,4,-1
                        C0001,2025,3,100,90,4,5
                        C0001,2025,4,100,90,,1
                        """, eastManager)));
    }

    private static List<String> problems(FigureImport.Checked checked) {
        return checked.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList();
    }

    @Test
    void aMissingColumnOrAnEmptyFileIsSaid() throws IOException {
        assertEquals(List.of("1 quarter figures.import.missingColumn"), check("customer,year,target,actual\nC0001,2025,1,2\n",
                eastManager).problems().stream().map(p -> p.line() + " " + p.column() + " " + p.messageKey()).toList());
        assertEquals("figures.import.empty", check("customer,year,quarter,target,actual\n", eastManager).problems().get(0).messageKey());
    }

    @Test
    void xlsxSheetsAreReadWithTheirNumbers() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("figures");
            String[] header = {"customer", "year", "quarter", "target", "actual"};
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("C0001");
            row.createCell(1).setCellValue(2025);
            row.createCell(2).setCellValue(4);
            row.createCell(3).setCellValue(1500000);
            row.createCell(4).setCellValue(1499999.99);
            workbook.write(bytes);
        }
        FigureImport.Checked checked = FigureImport.check(TableFile.read("q4.xlsx", bytes.toByteArray()),
                code -> Optional.ofNullable(byCode.get(code)), eastManager);
        assertEquals(List.of(), checked.problems());
        assertEquals(2025, checked.rows().get(0).year());
        assertEquals(0, new BigDecimal("1499999.99").compareTo(checked.rows().get(0).actual()));
    }
}
