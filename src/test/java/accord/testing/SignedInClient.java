package accord.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's session over plain HTTP, signed in through the login form as a browser would: for
 * load tests and for what a page sends back (exports). Redirects are not followed, so each answer
 * is seen as it is.
 */
public final class SignedInClient {

    public static final String DEMO_PASSWORD = "accord-demo";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's Content-Security-Policy nonce, which PrimeFaces' script sends back with every postback. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private String[] headers = {};

    private SignedInClient(URI base) {
        this.base = base;
        // HTTP/1.1 as a browser speaks it to the portal: no h2c upgrade attempted on every request.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in with the demo password; fails unless the login form answers with a redirect into the portal. */
    public static SignedInClient signIn(URI base, String login) throws IOException, InterruptedException {
        SignedInClient client = new SignedInClient(base);
        HttpResponse<byte[]> answer = client.attemptSignIn(login, DEMO_PASSWORD);
        if (!signedIn(answer)) {
            throw new IllegalStateException(login + " could not sign in: " + answer.statusCode() + " "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return client;
    }

    /** One sign-in through the login form, in a new session: the form's answer (a redirect into the portal when it worked). */
    public static HttpResponse<byte[]> attemptSignIn(URI base, String login, String password) throws IOException, InterruptedException {
        return new SignedInClient(base).attemptSignIn(login, password);
    }

    /** The same with headers on every request (X-Forwarded-For, as a balancer adds it). */
    public static HttpResponse<byte[]> attemptSignIn(URI base, String login, String password, String... headers)
            throws IOException, InterruptedException {
        SignedInClient client = new SignedInClient(base);
        client.headers = headers;
        return client.attemptSignIn(login, password);
    }

    public static boolean signedIn(HttpResponse<byte[]> answer) {
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
    }

    private HttpResponse<byte[]> attemptSignIn(String login, String password) throws IOException, InterruptedException {
        String page = get("login.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("signin:login", login);
        fields.put("signin:password", password);
        fields.put("signin:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(page));
        fields.put("primefaces.nonce", nonce(page));
        return post("login.xhtml", fields);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(withHeaders(HttpRequest.newBuilder(base.resolve(path))).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder withHeaders(HttpRequest.Builder request) {
        return withHeaders(request, headers);
    }

    /** Name, value, name, value … */
    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.header(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    public HttpResponse<byte[]> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return http.send(withHeaders(HttpRequest.newBuilder(base.resolve(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST with no body and these headers (Origin, Referer), as a form on some site would send it. */
    public HttpResponse<String> postFrom(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody());
        return http.send(withHeaders(request, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the page and presses a non-Ajax button of one of its forms (an export), returning what came back. */
    public HttpResponse<byte[]> press(String page, String form, String button) throws IOException, InterruptedException {
        return submit(page, form, button, Map.of());
    }

    /**
     * Opens the page, fills fields of one of its forms (names without the form's prefix, e.g.
     * {@code category_input} for a select menu) and presses a non-Ajax button.
     */
    public HttpResponse<byte[]> submit(String page, String form, String button, Map<String, String> values)
            throws IOException, InterruptedException {
        return open(page, form).press(button, values);
    }

    /** Opens the page, as a person has it in front of them, to press one of its form's buttons later. */
    public Form open(String page, String form) throws IOException, InterruptedException {
        HttpResponse<String> opened = get(page);
        if (opened.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + opened.statusCode());
        }
        return new Form(page.contains("?") ? page.substring(0, page.indexOf('?')) : page, form, viewState(opened.body()),
                nonce(opened.body()));
    }

    /** A form of an opened page; each press sends it as the browser would, with the page's view state. */
    public final class Form {
        private final String page;
        private final String form;
        private final String viewState;
        private final String nonce;

        private Form(String page, String form, String viewState, String nonce) {
            this.page = page;
            this.form = form;
            this.viewState = viewState;
            this.nonce = nonce;
        }

        /** Fills fields (names without the form's prefix) and presses a non-Ajax button. */
        public HttpResponse<byte[]> press(String button, Map<String, String> values) throws IOException, InterruptedException {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form, form);
            values.forEach((name, value) -> fields.put(form + ":" + name, value));
            fields.put(form + ":" + button, "");
            fields.put("jakarta.faces.ViewState", viewState);
            fields.put("primefaces.nonce", nonce);
            return post(page, fields);
        }

        /** The same as a multipart form, as a browser sends a form with a file chosen in one of its fields. */
        public HttpResponse<String> pressWithFile(String button, Map<String, String> values, String fileField, String fileName,
                byte[] content) throws IOException, InterruptedException {
            String boundary = "----accord" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            java.util.function.BiConsumer<String, String> text = (name, value) -> body.writeBytes(("--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            text.accept(form, form);
            values.forEach((name, value) -> text.accept(form + ":" + name, value));
            text.accept(form + ":" + button, "");
            text.accept("jakarta.faces.ViewState", viewState);
            text.accept("primefaces.nonce", nonce);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + form + ":" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(withHeaders(HttpRequest.newBuilder(base.resolve(page))).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Where a redirect leads, opened (the page the person sees after pressing a button). */
    public HttpResponse<String> follow(HttpResponse<?> redirect) throws IOException, InterruptedException {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("no redirect but " + redirect.statusCode()));
        return http.send(withHeaders(HttpRequest.newBuilder(base.resolve(location))).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    public static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
