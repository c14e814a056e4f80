package io.tunemall.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.TunemallApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first-run experience: the app started with no settings at all (no database, no Redis) runs on its embedded
 * H2 file, fills itself with demo data, prints the owner's password once, and keeps its data across a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S{16})");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_shop_with_no_settings_runs_on_its_embedded_database_and_keeps_its_data(@TempDir Path dataDir,
            CapturedOutput output) throws Exception {
        String password;
        try (ConfigurableApplicationContext shop = start(dataDir)) {
            Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("the generated admin password is printed").isTrue();
            password = printed.group(1);

            String home = get(shop, "/").body();
            assertThat(home).contains("남성 스키니 청바지", "아우터");
            String health = get(shop, "/actuator/health").body();
            assertThat(health).contains("\"status\":\"UP\"", "\"db\"").doesNotContain("\"redis\"");

            HttpResponse<String> login = loginAsAdmin(shop, password);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));

            // A shopper on H2: sign-up, then a reset mail, which without SMTP goes to the log.
            assertThat(postForm(shop, "/signup", "email=first%40example.com&password=Secret-pass-123"
                    + "&passwordConfirm=Secret-pass-123&name=Kim&phone=01012345678&birthDate=1990-01-01"
                    + "&agreeTerms=true&agreePrivacy=true").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?joined"));
            postForm(shop, "/password-reset", "newEmail=first%40example.com");
            assertThat(output.getOut()).contains("Mail not sent (no SMTP server", "To: fi***@example.com",
                    "/password-reset/new?token=");
        }
        assertThat(Files.exists(dataDir.resolve("tunemall.mv.db"))).isTrue();
        assertThat(Files.readString(dataDir.resolve("privacy-keys.properties"))).contains("active-key=k1");
        assertThat(output.getOut()).containsOnlyOnce("Generated the key that encrypts personal data");
        int printedBefore = countMatches(output.getOut());

        try (ConfigurableApplicationContext restarted = start(dataDir)) {
            assertThat(countMatches(output.getOut())).as("no second password after a restart").isEqualTo(printedBefore);
            assertThat(output.getOut()).as("the same key after a restart")
                    .containsOnlyOnce("Generated the key that encrypts personal data");
            assertThat(get(restarted, "/").body()).contains("남성 스키니 청바지");
            assertThat(loginAsAdmin(restarted, password).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(TunemallApplication.class).run("--tunemall.data-dir=" + dataDir, "--server.port=0");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext shop, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(shop, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in the way a browser does: fetch the form for its session and CSRF token, then post it. */
    private HttpResponse<String> loginAsAdmin(ConfigurableApplicationContext shop, String password) throws Exception {
        HttpResponse<String> form = get(shop, "/admin/login");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "username=admin&password=" + password + "&_csrf=" + token.group(1);
        return http.send(HttpRequest.newBuilder(url(shop, "/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a storefront form the way a browser does: fetch the page for its session and CSRF token first. */
    private HttpResponse<String> postForm(ConfigurableApplicationContext shop, String path, String fields)
            throws Exception {
        HttpResponse<String> form = get(shop, path);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        return http.send(HttpRequest.newBuilder(url(shop, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(ConfigurableApplicationContext shop, String path) {
        int port = ((WebServerApplicationContext) shop).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int countMatches(String text) {
        int count = 0;
        Matcher matcher = PRINTED_PASSWORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
