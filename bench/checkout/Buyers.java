import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Concurrent guest buyers placing real orders through the shop's web checkout, as a phone's browser does: add one unit
 * to a fresh guest cart (POST /cart/items), open the one-page checkout (GET /checkout, which hands out the form's
 * tokens), place the order (POST /checkout, answered by a redirect to the payment step). Each attempt is a new guest
 * (cookies cleared), so every order pays for its own cart, session and checkout token.
 *
 * <p>Run with the JDK's source launcher: {@code java bench/checkout/Buyers.java BASE VARIANTS HOT BUYERS WARMUP SECONDS}
 * where VARIANTS and HOT are files of "variantId slug" lines: HOT ones (little stock) get one attempt in ten, so
 * buyers race for the last units while the run measures. Prints one summary line of key=value pairs.
 */
public class Buyers {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("name=\"checkoutToken\" value=\"([^\"]+)\"");
    static final Pattern EXPECTED = Pattern.compile("name=\"expectedAmount\" value=\"([^\"]*)\"");

    record Variant(String id, String slug) {
    }

    enum Outcome { PLACED, REFUSED, ERROR }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<Variant> wide = read(Path.of(args[1]));
        List<Variant> hot = read(Path.of(args[2]));
        int buyers = Integer.parseInt(args[3]);
        int warmupSeconds = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);

        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong placed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[buyers][];
        List<Thread> threads = new ArrayList<>();
        for (int b = 0; b < buyers; b++) {
            int buyer = b;
            Thread thread = new Thread(() -> {
                CookieManager cookies = new CookieManager();
                HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
                long[] mine = new long[1 << 16];
                int count = 0;
                while (running.get()) {
                    cookies.getCookieStore().removeAll();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    Variant variant = random.nextInt(10) == 0 ? hot.get(random.nextInt(hot.size()))
                            : wide.get(random.nextInt(wide.size()));
                    long start = System.nanoTime();
                    Outcome outcome = attempt(http, base, variant);
                    long took = System.nanoTime() - start;
                    if (!measuring.get()) {
                        continue;
                    }
                    switch (outcome) {
                        case PLACED -> {
                            placed.incrementAndGet();
                            if (count < mine.length) {
                                mine[count++] = took;
                            }
                        }
                        case REFUSED -> refused.incrementAndGet();
                        case ERROR -> errors.incrementAndGet();
                    }
                }
                latencies[buyer] = Arrays.copyOf(mine, count);
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(warmupSeconds * 1000L);
        measuring.set(true);
        long began = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - began) / 1e9;
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("buyers", String.valueOf(buyers));
        summary.put("seconds", String.format("%.1f", elapsed));
        summary.put("placed", String.valueOf(placed.get()));
        summary.put("refused", String.valueOf(refused.get()));
        summary.put("errors", String.valueOf(errors.get()));
        summary.put("orders_per_second", String.format("%.1f", placed.get() / elapsed));
        summary.put("p50_ms", percentile(all, 0.50));
        summary.put("p99_ms", percentile(all, 0.99));
        System.out.println(summary.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
    }

    /** One guest's order: placed (redirected to the payment step), refused (sold out: the shop said so), or an error. */
    static Outcome attempt(HttpClient http, String base, Variant variant) {
        try {
            HttpResponse<String> added = http.send(form(base + "/cart/items",
                    Map.of("product", variant.slug(), "variant", variant.id(), "quantity", "1")),
                    HttpResponse.BodyHandlers.ofString());
            String addedTo = added.headers().firstValue("Location").orElse("");
            if (added.statusCode() != 302) {
                return Outcome.ERROR;
            }
            if (!addedTo.endsWith("/cart")) {
                return Outcome.REFUSED; // back to the product page: sold out
            }
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/checkout")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 302) {
                return Outcome.REFUSED; // the cart held nothing buyable any more
            }
            Matcher csrf = CSRF.matcher(page.body());
            Matcher token = TOKEN.matcher(page.body());
            Matcher expected = EXPECTED.matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find() || !token.find() || !expected.find()) {
                return Outcome.ERROR;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", csrf.group(1));
            fields.put("checkoutToken", token.group(1));
            fields.put("expectedAmount", expected.group(1));
            fields.put("ordererName", "홍길동");
            fields.put("ordererPhone", "010-1234-5678");
            fields.put("ordererEmail", "bench@example.com");
            fields.put("recipientName", "김수령");
            fields.put("recipientPhone", "010-9876-5432");
            fields.put("postalCode", "04524");
            fields.put("roadAddress", "서울특별시 중구 세종대로 110");
            fields.put("detailAddress", "3층 301호");
            fields.put("deliveryMessage", "문 앞에 놓아 주세요");
            fields.put("guestPassword", "7777");
            fields.put("guestPasswordConfirm", "7777");
            fields.put("action", "place");
            HttpResponse<String> placed = http.send(form(base + "/checkout", fields),
                    HttpResponse.BodyHandlers.ofString());
            if (placed.statusCode() == 302 && placed.headers().firstValue("Location").orElse("").contains("/pay/")) {
                return Outcome.PLACED;
            }
            // The checkout page again, saying what changed (the last units went to another buyer).
            return placed.statusCode() == 200 ? Outcome.REFUSED : Outcome.ERROR;
        } catch (IOException e) {
            return Outcome.ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.ERROR;
        }
    }

    static HttpRequest form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static List<Variant> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(line -> line.trim().split("\\s+"))
                .map(parts -> new Variant(parts[0], parts[1])).toList();
    }

    static String percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return "-";
        }
        return String.format("%.1f", sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6);
    }
}
