package io.tunemall.payment;

import static io.tunemall.payment.Checkouts.newOrderNumber;
import static io.tunemall.payment.Checkouts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.payment.api.PaymentConfirmed;
import io.tunemall.payment.api.PaymentLogEntry;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Double submission with real threads against MariaDB: never two charges, never more given back than was paid. */
@IntegrationTest
class ConcurrentPaymentTest {

    static final int THREADS = 8;

    @Autowired
    Payments payments;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PaymentEventsProbe events;

    @Test
    void eight_simultaneous_confirms_of_one_order_charge_once_and_all_answer_the_same_paid_result() throws Exception {
        String orderNumber = newOrderNumber();
        String paymentKey = approve(payments.begin(order(orderNumber, 25_000, PaymentMethod.CARD)));

        List<Object> outcomes = race(THREADS, () -> payments.confirm(orderNumber, paymentKey, Money.won(25_000)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(PaymentResult.class,
                result -> {
                    assertThat(result.state()).isEqualTo(PaymentState.CONFIRMED);
                    assertThat(result.paymentKey()).isEqualTo(paymentKey);
                }));
        assertThat(jdbc.queryForObject("SELECT SUM(charges) FROM payment_test_session WHERE order_number = ?",
                Integer.class, orderNumber)).isEqualTo(1);
        assertThat(payments.history(orderNumber)).filteredOn(entry -> entry.kind().equals("CONFIRM"))
                .extracting(PaymentLogEntry::outcome).containsExactly("REQUESTED", "SUCCEEDED");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> events.of(PaymentConfirmed.class, orderNumber).size() == 1);
    }

    @Test
    void simultaneous_partial_cancels_never_give_back_more_than_was_paid() throws Exception {
        String orderNumber = newOrderNumber();
        String paymentKey = approve(payments.begin(order(orderNumber, 10_000, PaymentMethod.CARD)));
        payments.confirm(orderNumber, paymentKey, Money.won(10_000));

        List<Object> outcomes = race(6, () -> payments.cancel(orderNumber, Money.won(3_000), "부분 취소"));

        assertThat(outcomes).filteredOn(PaymentResult.class::isInstance).hasSize(3);
        assertThat(outcomes).filteredOn(PaymentRejected.class::isInstance).hasSize(3)
                .allSatisfy(refused -> assertThat(((PaymentRejected) refused).code())
                        .isEqualTo("payment-cancel-exceeds-balance"));
        PaymentResult after = payments.status(orderNumber).orElseThrow();
        assertThat(after.cancelledAmount()).isEqualTo(Money.won(9_000));
        assertThat(after.state()).isEqualTo(PaymentState.PARTIALLY_CANCELLED);
        assertThat(jdbc.queryForObject("SELECT balance FROM payment_test_session WHERE payment_key = ?", Long.class,
                paymentKey)).isEqualTo(1_000L);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(PaymentCancelled.class, orderNumber).size() == 3);
    }

    /** Runs the same call on {@code threads} threads released at once; answers each result or exception. */
    static List<Object> race(int threads, Callable<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (RuntimeException failure) {
                        return failure;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    String approve(PaymentStart start) throws Exception {
        String location = mvc.perform(post(start.approval().redirectUrl() + "/approve").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        return TestGatewayCheckoutTest.redirectParameters(location, "/checkout/success").get("paymentKey");
    }
}
