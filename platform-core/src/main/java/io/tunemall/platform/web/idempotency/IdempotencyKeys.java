package io.tunemall.platform.web.idempotency;

import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a POST at most once per caller and {@code Idempotency-Key}, and answers retries with the first answer
 * (see the package documentation for how a controller uses it). Never two executions: a key is claimed in its own
 * committed row before the work starts, and the work's answer commits in the work's own transaction.
 */
@Service
public class IdempotencyKeys {

    /** The request header that carries the key. */
    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on an answer that was stored earlier and sent again. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** How long a key and its answer are kept. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** The longest a request's work may run; its transaction is rolled back after that. */
    static final int WORK_TIMEOUT_SECONDS = 60;
    /**
     * A claim older than this whose work never stored an answer belongs to a request that died with its node; a
     * retry may take it over. Well above {@link #WORK_TIMEOUT_SECONDS}, so a live request is never taken over.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyRecords records;
    private final TransactionTemplate work;
    private final JsonMapper json;
    private final ShopClock clock;

    IdempotencyKeys(IdempotencyRecords records, PlatformTransactionManager transactions, JsonMapper json,
            ShopClock clock) {
        this.records = records;
        this.work = new TransactionTemplate(transactions);
        this.work.setTimeout(WORK_TIMEOUT_SECONDS);
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code action} unless this caller already sent this key, and returns its answer; a retry gets the stored
     * answer (status, JSON body, Location) with {@value #REPLAYED_HEADER}. Without a key the action just runs.
     *
     * @throws ShopException 422 {@code idempotency-key-reused} when the key came with a different request, 409
     *         {@code idempotency-key-in-use} while the first request with the key is still running, 400
     *         {@code idempotency-key-invalid} for an empty or over-long key
     */
    public ResponseEntity<?> once(IdempotentRequest request, Supplier<? extends ResponseEntity<?>> action) {
        if (request.key() == null) {
            return action.get();
        }
        String key = checked(request.key());
        String caller = request.caller();
        String fingerprint = fingerprint(request);
        Instant now = clock.now();
        if (!records.claim(caller, key, fingerprint, now, now.plus(RETENTION))) {
            StoredReply stored = records.find(caller, key).orElseThrow(() -> inUse(key));
            if (!stored.expiresAt().isAfter(now) || (!stored.done() && abandoned(stored, now))) {
                if (!records.takeOver(caller, key, stored, fingerprint, now, now.plus(RETENTION))) {
                    throw inUse(key);
                }
            } else if (!stored.fingerprint().equals(fingerprint)) {
                throw ShopException.invalid("idempotency-key-reused", "The Idempotency-Key " + key
                        + " was already used for a different request; send a new key for a new request");
            } else if (!stored.done()) {
                throw inUse(key);
            } else {
                return replay(stored);
            }
        }
        try {
            return work.execute(tx -> {
                ResponseEntity<?> answer = action.get();
                URI location = answer.getHeaders().getLocation();
                records.complete(caller, key, answer.getStatusCode().value(), json.writeValueAsString(answer.getBody()),
                        location == null ? null : location.toString());
                return answer;
            });
        } catch (RuntimeException failure) {
            records.release(caller, key);
            throw failure;
        }
    }

    private static boolean abandoned(StoredReply stored, Instant now) {
        return stored.claimedAt().plus(ABANDONED_AFTER).isBefore(now);
    }

    private static ResponseEntity<?> replay(StoredReply stored) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(stored.status())
                .header(REPLAYED_HEADER, "true")
                .contentType(MediaType.APPLICATION_JSON);
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        return answer.body(stored.body());
    }

    private static ShopException inUse(String key) {
        return ShopException.conflict("idempotency-key-in-use", "A request with the Idempotency-Key " + key
                + " is still being processed; retry after it finished");
    }

    private static String checked(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ShopException(400, "idempotency-key-invalid",
                    "An Idempotency-Key is 1 to " + MAX_KEY_LENGTH + " characters, such as a UUID");
        }
        return key;
    }

    private String fingerprint(IdempotentRequest request) {
        String body = request.body() instanceof String text ? text : json.writeValueAsString(request.body());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((request.operation() + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
