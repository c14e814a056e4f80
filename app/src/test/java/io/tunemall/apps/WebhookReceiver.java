package io.tunemall.apps;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on a real socket, as an app would run one: it checks every signature with the Standard Webhooks
 * reference implementation (not our code) and behaves as scripted, request by request: fail with 500, answer too
 * late, or accept. A message counts as received only when the receiver accepted it after a valid signature.
 */
final class WebhookReceiver implements AutoCloseable {

    enum Behaviour { FAIL, SLOW, ACCEPT }

    record Received(String messageId, String body) {
    }

    private final HttpServer server;
    private volatile Webhook verifier;
    private final ConcurrentLinkedQueue<Behaviour> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> badSignatures = Collections.synchronizedList(new ArrayList<>());
    private final long slowMillis;
    private volatile Behaviour afterScript = Behaviour.ACCEPT;

    WebhookReceiver(long slowMillis) throws IOException {
        this.slowMillis = slowMillis;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hooks", this::handle);
        server.start();
    }

    /** The endpoint's signing secret, as the app's owner copies it from admin. */
    void trust(String signingSecret) throws com.standardwebhooks.exceptions.EmptyWebhookSecretException {
        this.verifier = new Webhook(signingSecret);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The next requests behave as given, in order; after them the receiver behaves as {@code then}. */
    void script(List<Behaviour> next, Behaviour then) {
        script.addAll(next);
        afterScript = then;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<String> badSignatures() {
        return List.copyOf(badSignatures);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
        try {
            verifier.verify(body, headers);
        } catch (WebhookVerificationException invalid) {
            badSignatures.add(exchange.getRequestHeaders().getFirst("webhook-id") + ": " + invalid.getMessage());
            answer(exchange, 400);
            return;
        }
        Behaviour behaviour = script.poll();
        switch (behaviour == null ? afterScript : behaviour) {
            case FAIL -> answer(exchange, 500);
            case SLOW -> {
                sleep(slowMillis);
                // The sender gave up waiting, but the receiver did process it: the retry becomes a duplicate by id.
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), body));
                answer(exchange, 200);
            }
            case ACCEPT -> {
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), body));
                answer(exchange, 204);
            }
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException gone) {
            // The sender hung up after its timeout; nothing to answer.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
