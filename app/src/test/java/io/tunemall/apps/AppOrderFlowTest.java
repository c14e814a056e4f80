package io.tunemall.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.webhooks.WebhookSender;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.order.OrderFixture;
import io.tunemall.staff.StaffFixture;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7's "done when": an app created in admin gets a token, reads products, creates an order through the API with
 * an idempotency key (the retry creates no second order), receives a signed order.paid webhook at a local receiver,
 * and is cut off the moment it is revoked.
 */
@IntegrationTest
class AppOrderFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    Apps apps;
    @Autowired
    WebhookSender sender;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_app_from_admin_orders_once_per_key_gets_a_signed_order_paid_webhook_and_is_cut_off_when_revoked()
            throws Exception {
        Cookie owner = new StaffFixture(staff, mvc).owner();
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("flow-tee", 25_000, 10);
        String sku = fixture.sku("flow-tee-M");
        AppFixture appFixture = new AppFixture(mvc, apps, json, owner);
        AppCredentials app = appFixture.register("POS 연동", AppScopes.PRODUCTS_READ, AppScopes.ORDERS_READ,
                AppScopes.ORDERS_WRITE);
        String token = appFixture.token(app);

        mvc.perform(get("/api/v1/admin/products?limit=5").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5));

        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            String webhooksPage = mvc.perform(post("/admin/webhooks").cookie(owner).with(csrf())
                            .param("appId", String.valueOf(app.appId()))
                            .param("url", receiver.url())
                            .param("eventTypes", "order.paid"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            receiver.trust(AppFixture.shown(webhooksPage, "signing-secret"));

            String key = UUID.randomUUID().toString();
            String order = OrdersApiTest.order(sku, 1, "POS-" + UUID.randomUUID());
            String number = json.readTree(mvc.perform(post("/api/v1/admin/orders")
                            .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(order))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("PAID"))
                    .andReturn().getResponse().getContentAsString()).get("orderNumber").asString();
            // The connection dropped before the answer arrived: the app sends the same request again.
            mvc.perform(post("/api/v1/admin/orders")
                            .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(order))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Idempotent-Replayed", "true"))
                    .andExpect(jsonPath("$.orderNumber").value(number));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_order_line WHERE sku = ?", Integer.class, sku))
                    .isEqualTo(1);
            assertThat(fixture.stock(sku)).isEqualTo(9);

            JsonNode paid = null;
            for (int i = 0; i < 150 && paid == null; i++) {
                sender.sendDue();
                paid = receiver.received().stream().map(message -> json.readTree(message.body()))
                        .filter(body -> number.equals(body.get("data").get("orderNumber").asString()))
                        .findFirst().orElse(null);
                if (paid == null) {
                    Thread.sleep(100);
                }
            }
            assertThat(receiver.badSignatures()).isEmpty();
            assertThat(paid).as("a signed order.paid webhook for " + number).isNotNull();
            assertThat(paid.get("type").asString()).isEqualTo("order.paid");
            assertThat(paid.get("version").asInt()).isEqualTo(1);
            assertThat(paid.get("data").get("amount").asLong()).isPositive();
        }

        mvc.perform(post("/admin/apps/{id}/revoke", app.appId()).cookie(owner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/admin/products").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/admin/orders").header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(OrdersApiTest.order(sku, 1, null)))
                .andExpect(status().isUnauthorized());
        assertThat(fixture.stock(sku)).isEqualTo(9);
    }
}
