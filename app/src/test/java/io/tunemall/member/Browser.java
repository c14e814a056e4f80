package io.tunemall.member;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as logins need one, over real HTTP: it keeps cookies per host, follows redirects across the shop
 * and the provider, and remembers every address it went through.
 */
final class Browser {

    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final List<URI> visited = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    record Page(URI uri, int status, String body) {

        String csrf() {
            Matcher token = CSRF.matcher(body);
            if (!token.find()) {
                throw new AssertionError("no CSRF token on " + uri + ":\n" + body);
            }
            return token.group(1);
        }
    }

    Page get(String url) {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Page post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Forgets the cookies of one name, as a new browser session would for a session cookie. */
    void forget(String cookieName) {
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(cookieName)).toList()
                .forEach(cookie -> cookies.getCookieStore().remove(null, cookie));
    }

    private Page follow(HttpRequest.Builder first) {
        HttpResponse<String> response = send(first.header("Accept", HTML).timeout(Duration.ofSeconds(30)).build());
        visited.add(response.uri());
        for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
            if (hops > 15) {
                throw new AssertionError("redirect loop: " + visited);
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).header("Accept", HTML).timeout(Duration.ofSeconds(30)).GET()
                    .build());
            visited.add(next);
        }
        return new Page(response.uri(), response.statusCode(), response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
