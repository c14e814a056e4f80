package io.tunemall.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.apps.WebhookReceiver.Behaviour;
import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppDraft;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.api.WebhookAttemptView;
import io.tunemall.apps.api.WebhookDeliveryView;
import io.tunemall.apps.api.WebhookEndpointCreated;
import io.tunemall.apps.api.WebhookEndpointView;
import io.tunemall.apps.api.Webhooks;
import io.tunemall.apps.webhooks.WebhookSender;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.sdk.event.MemberJoined;
import io.tunemall.staff.StaffFixture;
import io.tunemall.support.IntegrationTest;
import io.tunemall.support.Mailbox;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks from domain event to a real receiver: signed so that the Standard Webhooks reference implementation accepts
 * them, retried through failures and timeouts until every message arrived (duplicates by id allowed, gaps never),
 * an endpoint that keeps failing disabled with a notice, and a delivery replayed from admin.
 */
@IntegrationTest
class WebhookDeliveryTest {

    @Autowired
    Apps apps;
    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Mailbox mailbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;

    @Test
    void every_event_arrives_by_id_through_failures_timeouts_and_recovery() throws Exception {
        AppCredentials app = apps.register(new AppDraft("CRM sync", Set.of(AppScopes.WEBHOOKS_MANAGE), null, 600));
        try (WebhookReceiver receiver = new WebhookReceiver(3_000)) {
            receiver.script(List.of(Behaviour.FAIL, Behaviour.FAIL, Behaviour.SLOW, Behaviour.FAIL, Behaviour.SLOW),
                    Behaviour.ACCEPT);
            WebhookEndpointCreated endpoint = webhooks.subscribe(app.appId(), receiver.url(), Set.of("member.joined"));
            receiver.trust(endpoint.signingSecret());

            long firstMember = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
            for (long member = firstMember; member < firstMember + 5; member++) {
                join(member);
            }
            List<WebhookDeliveryView> queued = awaitDeliveries(endpoint.endpointId(), 5);

            sendUntilDone(endpoint.endpointId(), 20);

            assertThat(receiver.badSignatures()).isEmpty();
            Set<String> expected = queued.stream().map(WebhookDeliveryView::messageId).collect(Collectors.toSet());
            Map<String, Long> arrivals = receiver.received().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::messageId, Collectors.counting()));
            assertThat(arrivals.keySet()).as("every message arrived, and nothing else").isEqualTo(expected);
            assertThat(webhooks.recentDeliveries(endpoint.endpointId(), 10))
                    .allSatisfy(delivery -> assertThat(delivery.state()).isEqualTo("DELIVERED"));
            List<WebhookAttemptView> attempts = queued.stream().flatMap(d -> webhooks.attempts(d.id()).stream()).toList();
            assertThat(attempts).anySatisfy(a -> assertThat(a.statusCode()).isEqualTo(500));
            assertThat(attempts).anySatisfy(a -> assertThat(a.error()).startsWith("No answer within"));
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::body)
                    .allSatisfy(body -> assertThat(body).contains("\"type\":\"member.joined\"", "\"version\":1"))
                    .anySatisfy(body -> assertThat(body).contains("\"memberId\":" + firstMember));
        } finally {
            apps.revoke(app.appId());
        }
    }

    @Test
    void an_endpoint_that_keeps_failing_is_disabled_with_a_notice_and_a_replay_from_admin_delivers() throws Exception {
        String owner = "hooks-owner-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@shop.test";
        AppCredentials app = apps.register(new AppDraft("Flaky ERP", Set.of(AppScopes.WEBHOOKS_MANAGE), owner, 600));
        Cookie staffSession = new StaffFixture(staff, mvc).owner();
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            receiver.script(List.of(), Behaviour.FAIL);
            WebhookEndpointCreated endpoint = webhooks.subscribe(app.appId(), receiver.url(), Set.of("member.joined"));
            receiver.trust(endpoint.signingSecret());
            join(ThreadLocalRandom.current().nextLong(2_000_000_000L, 3_000_000_000L));
            WebhookDeliveryView delivery = awaitDeliveries(endpoint.endpointId(), 1).get(0);

            for (int attempt = 0; attempt < 8; attempt++) {
                sender.sendDue();
                timeTravel(endpoint.endpointId());
            }

            assertThat(webhooks.delivery(delivery.id()).orElseThrow().state()).isEqualTo("FAILED");
            assertThat(webhooks.attempts(delivery.id())).hasSize(8);
            assertThat(webhooks.disabledUnacknowledged()).extracting(WebhookEndpointView::id)
                    .contains(endpoint.endpointId());
            assertThat(mailbox.await(owner, 1).body()).contains(receiver.url());
            mvc.perform(get("/admin/webhooks").cookie(staffSession)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("data-disabled-endpoint")));

            // An event while the endpoint is off waits for it: no gap when it comes back.
            join(ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L));
            awaitDeliveries(endpoint.endpointId(), 2);
            sender.sendDue();
            assertThat(receiver.received()).isEmpty();

            receiver.script(List.of(), Behaviour.ACCEPT);
            mvc.perform(post("/admin/webhooks/{id}/enable", endpoint.endpointId()).cookie(staffSession).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/admin/webhooks/deliveries/{id}/replay", delivery.id()).cookie(staffSession).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            sendUntilDone(endpoint.endpointId(), 3);

            assertThat(receiver.badSignatures()).isEmpty();
            assertThat(receiver.received()).extracting(WebhookReceiver.Received::messageId)
                    .contains(delivery.messageId()).hasSize(2);
            assertThat(webhooks.attempts(delivery.id())).hasSize(9);
            assertThat(webhooks.disabledUnacknowledged()).extracting(WebhookEndpointView::id)
                    .doesNotContain(endpoint.endpointId());
        } finally {
            apps.revoke(app.appId());
        }
    }

    void join(long memberId) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new MemberJoined(memberId, Instant.now())));
    }

    /** The outbox hands the event to the webhook listener after commit, on another thread. */
    List<WebhookDeliveryView> awaitDeliveries(long endpointId, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<WebhookDeliveryView> deliveries = webhooks.recentDeliveries(endpointId, 50);
            if (deliveries.size() >= count) {
                return deliveries;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + count + " deliveries queued for endpoint " + endpointId);
    }

    void sendUntilDone(long endpointId, int rounds) {
        for (int round = 0; round < rounds; round++) {
            sender.sendDue();
            if (webhooks.recentDeliveries(endpointId, 50).stream().allMatch(d -> d.state().equals("DELIVERED"))) {
                return;
            }
            timeTravel(endpointId);
        }
    }

    /** Makes the retries that the schedule puts minutes or hours away due now. */
    void timeTravel(long endpointId) {
        jdbc.sql("UPDATE webhook_delivery SET next_attempt_at = ? WHERE endpoint_id = ? AND state = 'PENDING'")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), endpointId).update();
    }

}
