package io.tunemall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tunemall.platform.events.OutboxRetry;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OutboxRedeliveryTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FlakyParcelListener listener;
    @Autowired
    OutboxRetry outboxRetry;

    @Test
    void an_event_whose_delivery_failed_is_delivered_by_the_retry_from_the_outbox_table() {
        String parcel = "parcel-" + UUID.randomUUID();
        listener.failNextAttempts(1);

        transaction.executeWithoutResult(status -> events.publishEvent(new ParcelLabelled(parcel)));

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.attempts().contains(parcel));
        assertThat(listener.delivered()).doesNotContain(parcel);
        await().atMost(Duration.ofSeconds(5)).until(() -> incompletePublications(parcel) == 1);

        outboxRetry.redeliverOlderThan(Duration.ZERO);

        await().atMost(Duration.ofSeconds(10)).until(() -> listener.delivered().contains(parcel));
        await().atMost(Duration.ofSeconds(5)).until(() -> incompletePublications(parcel) == 0);
        assertThat(listener.delivered()).containsOnlyOnce(parcel);
    }

    @Test
    void a_delivered_event_is_not_delivered_again_by_the_retry() {
        String parcel = "parcel-" + UUID.randomUUID();

        transaction.executeWithoutResult(status -> events.publishEvent(new ParcelLabelled(parcel)));
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.delivered().contains(parcel));
        await().atMost(Duration.ofSeconds(5)).until(() -> incompletePublications(parcel) == 0);

        outboxRetry.redeliverOlderThan(Duration.ZERO);

        assertThat(listener.attempts()).containsOnlyOnce(parcel);
    }

    @Test
    void an_event_of_a_rolled_back_transaction_is_never_stored_nor_delivered() throws InterruptedException {
        String parcel = "parcel-" + UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new ParcelLabelled(parcel));
            status.setRollbackOnly();
        });
        outboxRetry.redeliverOlderThan(Duration.ZERO);
        Thread.sleep(300);

        assertThat(listener.attempts()).doesNotContain(parcel);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?",
                Integer.class, "%" + parcel + "%")).isZero();
    }

    private int incompletePublications(String parcel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ? "
                + "AND COMPLETION_DATE IS NULL", Integer.class, "%" + parcel + "%");
    }
}
