package accord.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For the benchmarks: a person signed in over HTTP (no timeout: a seeding request may take minutes)
 * and a page timed as the client sees it, server time plus a loopback round trip, after a warm-up.
 */
public final class PageTimer {

    /** The times of one page's requests, sorted, in milliseconds. */
    public record Times(List<Double> millis) {

        public double p50() {
            return millis.get(millis.size() / 2);
        }

        public double p95() {
            return millis.get(millis.size() * 95 / 100 - 1);
        }

        public double max() {
            return millis.get(millis.size() - 1);
        }
    }

    private PageTimer() {
    }

    public static HttpClient signedIn(String base, String login, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = get(client, base + "login.xhtml");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = "signin=signin&signin%3Alogin=" + login
                + "&signin%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&signin%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    public static String get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The page requested {@code warmUp} times, then {@code measured} times timed; each answer must be a 200. */
    public static Times time(HttpClient client, String url, int warmUp, int measured) throws IOException, InterruptedException {
        return time(client, url, warmUp, measured, java.time.Duration.ofDays(1));
    }

    /** The same, but a slow page stops once the budget is spent and 20 are timed (enough for a p95). */
    public static Times time(HttpClient client, String url, int warmUp, int measured, java.time.Duration budget)
            throws IOException, InterruptedException {
        return time(client, url, warmUp, measured, budget, null);
    }

    /** The same, with a request made before each one (not timed): e.g. one that makes a cache stale. */
    public static Times time(HttpClient client, String url, int warmUp, int measured, java.time.Duration budget, String before)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmUp; i++) {
            answer(client, url);
        }
        List<Double> millis = new ArrayList<>();
        long until = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < measured && (i < 20 || System.nanoTime() < until); i++) {
            if (before != null) {
                answer(client, before);
            }
            long start = System.nanoTime();
            answer(client, url);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return new Times(millis);
    }

    private static void answer(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
    }
}
