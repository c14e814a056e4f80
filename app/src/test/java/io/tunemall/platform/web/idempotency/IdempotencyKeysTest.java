package io.tunemall.platform.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.platform.error.ShopException;
import io.tunemall.support.IntegrationTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class IdempotencyKeysTest {

    record NewThing(String name, int quantity) {
    }

    @Autowired
    IdempotencyKeys idempotency;
    @Autowired
    IdempotencyRecords records;
    @Autowired
    JdbcTemplate jdbc;

    final AtomicInteger executions = new AtomicInteger();
    final String caller = "test:" + UUID.randomUUID();

    private ResponseEntity<?> create(String key, NewThing body) {
        return idempotency.once(new IdempotentRequest(caller, key, "POST /things", body), () -> {
            int number = executions.incrementAndGet();
            return ResponseEntity.status(201).header("Location", "/things/" + number)
                    .body(Map.of("number", number, "name", body.name()));
        });
    }

    @Test
    void a_retry_with_the_same_key_and_body_gets_the_first_answer_without_running_again() {
        String key = UUID.randomUUID().toString();
        ResponseEntity<?> first = create(key, new NewThing("tee", 2));
        ResponseEntity<?> retry = create(key, new NewThing("tee", 2));

        assertThat(executions).hasValue(1);
        assertThat(first.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isNull();
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.getHeaders().getLocation()).hasToString("/things/1");
        assertThat((String) retry.getBody()).contains("\"number\":1").contains("\"name\":\"tee\"");
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_with_422() {
        String key = UUID.randomUUID().toString();
        create(key, new NewThing("tee", 2));

        assertThatThrownBy(() -> create(key, new NewThing("tee", 3)))
                .isInstanceOfSatisfying(ShopException.class, failure -> {
                    assertThat(failure.status()).isEqualTo(422);
                    assertThat(failure.code()).isEqualTo("idempotency-key-reused");
                });
        assertThat(executions).hasValue(1);
    }

    @Test
    void a_duplicate_arriving_while_the_first_still_runs_gets_409_and_nothing_runs_twice() throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<ResponseEntity<?>> first = CompletableFuture.supplyAsync(() ->
                idempotency.once(new IdempotentRequest(caller, key, "POST /things", new NewThing("slow", 1)), () -> {
                    executions.incrementAndGet();
                    started.countDown();
                    await(finish);
                    return ResponseEntity.status(201).body(Map.of("name", "slow"));
                }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> create(key, new NewThing("slow", 1)))
                .isInstanceOfSatisfying(ShopException.class, failure -> {
                    assertThat(failure.status()).isEqualTo(409);
                    assertThat(failure.code()).isEqualTo("idempotency-key-in-use");
                });
        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<?> retry = create(key, new NewThing("slow", 1));
        assertThat(retry.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(executions).hasValue(1);
    }

    @Test
    void a_request_whose_work_failed_stores_nothing_and_may_be_sent_again() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> idempotency.once(new IdempotentRequest(caller, key, "POST /things", "x"), () -> {
            throw ShopException.conflict("out-of-stock", "SKU TEE: 2 requested, 1 left");
        })).isInstanceOf(ShopException.class);

        ResponseEntity<?> retry = idempotency.once(new IdempotentRequest(caller, key, "POST /things", "x"),
                () -> ResponseEntity.ok(Map.of("ok", true)));
        assertThat(retry.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isNull();
    }

    @Test
    void keys_belong_to_their_caller_and_expired_ones_are_swept() {
        String key = UUID.randomUUID().toString();
        create(key, new NewThing("tee", 1));
        ResponseEntity<?> other = idempotency.once(new IdempotentRequest(caller + "-other", key, "POST /things",
                new NewThing("tee", 1)), () -> ResponseEntity.status(201).body(Map.of("number", 99)));
        assertThat(other.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isNull();

        records.removeExpired(Instant.now().plus(IdempotencyKeys.RETENTION).plusSeconds(60));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_key WHERE caller = ?", Integer.class, caller))
                .isZero();
    }

    @Test
    void a_claim_left_by_a_request_that_died_is_taken_over_by_a_retry() {
        String key = UUID.randomUUID().toString();
        Instant longAgo = Instant.now().minus(IdempotencyKeys.ABANDONED_AFTER).minusSeconds(60);
        records.claim(caller, key, "whatever", longAgo, longAgo.plus(IdempotencyKeys.RETENTION));

        ResponseEntity<?> retry = create(key, new NewThing("tee", 1));
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(executions).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
