package io.tunemall.apps.webhooks;

import io.tunemall.platform.time.ShopClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries, on one node at a time (ShedLock). Each attempt is logged; a 2xx answer delivers, any
 * other answer, a refused connection or a timeout schedules the next attempt ({@link RetrySchedule}); after the last
 * one the delivery has failed and its endpoint is disabled with a notice to the app's owner. Deliveries to a disabled
 * endpoint wait, and go out in order once the owner enables it again.
 */
@Component
public class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookStore store;
    private final OwnerNotice notice;
    private final WebhookProperties properties;
    private final ShopClock clock;
    private final WebhookUrlGuard guard;
    private final HttpClient http;

    WebhookSender(WebhookStore store, OwnerNotice notice, WebhookProperties properties, ShopClock clock,
            WebhookUrlGuard guard) {
        this.store = store;
        this.guard = guard;
        this.notice = notice;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${tunemall.webhooks.send-every:PT5S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "webhook-sender", lockAtMostFor = "PT10M")
    public void sendDue() {
        for (WebhookStore.Due due : store.due(clock.now(), properties.batch())) {
            send(due);
        }
    }

    private void send(WebhookStore.Due due) {
        Instant startedAt = clock.now();
        long timestamp = startedAt.getEpochSecond();
        long start = System.nanoTime();
        Integer status = null;
        String error;
        Optional<String> refused = guard.refusal(due.url());
        try {
            if (refused.isPresent()) {
                // Checked again now: the host may resolve elsewhere than when the endpoint was added.
                throw new IOException("Refused: " + refused.get());
            }
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(due.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Tunemall-Webhooks/1")
                    .header("webhook-id", due.messageId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(due.secret(), due.messageId(), timestamp, due.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status / 100 == 2 ? null : "HTTP " + status;
        } catch (HttpTimeoutException timeout) {
            error = "No answer within " + properties.timeout().toSeconds() + " s";
        } catch (IOException | IllegalArgumentException failure) {
            error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        int durationMs = (int) ((System.nanoTime() - start) / 1_000_000);
        store.recordAttempt(due.id(), startedAt, status, error, durationMs);
        int attempts = due.attempts() + 1;
        if (error == null) {
            store.delivered(due.id(), attempts, clock.now());
            return;
        }
        Optional<Duration> wait = RetrySchedule.after(attempts);
        if (wait.isPresent()) {
            store.retryLater(due.id(), attempts, clock.now().plus(wait.get()));
            log.info("Webhook {} to endpoint {} failed ({}); attempt {} in {}", due.messageId(), due.endpointId(), error,
                    attempts + 1, wait.get());
        } else {
            store.failed(due.id(), attempts);
            String reason = "Delivery " + due.messageId() + " failed " + attempts + " times over "
                    + RetrySchedule.total().toHours() + " hours; last: " + error;
            store.disable(due.endpointId(), reason, clock.now());
            log.warn("Webhook endpoint {} disabled: {}", due.endpointId(), reason);
            notice.endpointDisabled(due.endpointId(), due.url(), reason);
        }
    }
}
