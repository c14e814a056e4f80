package io.tunemall.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.api.WebhookEndpointCreated;
import io.tunemall.apps.api.Webhooks;
import io.tunemall.catalog.api.StockLevel;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.order.OrderEventsRecorder;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.Shipments;
import io.tunemall.sdk.event.StockLow;
import io.tunemall.staff.StaffFixture;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin API's product writes, stock and shipments, as an ERP or a warehouse app uses them with its token. */
@IntegrationTest
class CatalogAndShipmentsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    Apps apps;
    @Autowired
    Webhooks webhooks;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderAdministration orders;
    @Autowired
    Shipments shipments;
    @Autowired
    OrderEventsRecorder events;

    @Test
    void an_app_creates_a_product_with_variants_reads_it_back_and_changes_it_with_if_match() throws Exception {
        AppFixture fixture = new AppFixture(mvc, apps, json, new StaffFixture(staff, mvc).owner());
        AppCredentials erp = fixture.register("ERP 상품", AppScopes.PRODUCTS_READ, AppScopes.PRODUCTS_WRITE);
        String token = fixture.token(erp);
        String tag = tag();
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            WebhookEndpointCreated hook = webhooks.subscribe(erp.appId(), receiver.url(), Set.of("product.updated"));

            MockHttpServletResponse created = mvc.perform(post("/api/v1/admin/products").header("Authorization", bearer(token))
                            .contentType(MediaType.APPLICATION_JSON).content(newProduct(tag, "TEE-" + tag, anyCategory())))
                    .andExpect(status().isCreated())
                    .andExpect(header().exists("ETag"))
                    .andReturn().getResponse();
            long id = json.readTree(created.getContentAsString()).get("id").asLong();
            assertThat(created.getHeader("Location")).isEqualTo("/api/v1/admin/products/" + id);

            MockHttpServletResponse read = mvc.perform(get("/api/v1/admin/products/{id}", id)
                            .header("Authorization", bearer(token)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("API 티셔츠 " + tag))
                    .andExpect(jsonPath("$.status").value("ON_SALE"))
                    .andExpect(jsonPath("$.variants.length()").value(2))
                    .andExpect(jsonPath("$.variants[1].sku").value("TEE-" + tag + "-L"))
                    .andExpect(jsonPath("$.variants[1].stock").value(3))
                    .andExpect(jsonPath("$.price").value(15_000))
                    .andExpect(jsonPath("$.listPrice").value(19_000))
                    .andExpect(jsonPath("$.variants[1].priceDifference").value(1_000))
                    .andExpect(jsonPath("$.options[0].values[1]").value("L"))
                    .andExpect(jsonPath("$.taxFree").value(true))
                    .andReturn().getResponse();
            String etag = read.getHeader("ETag");
            assertThat(etag).isEqualTo(created.getHeader("ETag"));
            // Money is whole won as a plain number, like the orders API's, never the catalog's {"won": ...} record.
            JsonNode product = json.readTree(read.getContentAsString());
            assertThat(product.get("price").isIntegralNumber()).isTrue();
            assertThat(product.get("listPrice").isIntegralNumber()).isTrue();
            assertThat(product.get("variants").get(1).get("priceDifference").isIntegralNumber()).isTrue();
            assertThat(product.has("draft")).isFalse();
            assertThat(Instant.parse(product.get("updatedAt").asString())).isNotNull();
            mvc.perform(get("/api/v1/admin/products/{id}", id).header("Authorization", bearer(token))
                            .header("If-None-Match", etag))
                    .andExpect(status().isNotModified());

            MockHttpServletResponse changed = mvc.perform(patch("/api/v1/admin/products/{id}", id)
                            .header("Authorization", bearer(token)).header("If-Match", etag)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"API 티셔츠 새 이름 " + tag + "\",\"price\":17000,\"status\":\"HIDDEN\","
                                    + "\"taxFree\":false}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("API 티셔츠 새 이름 " + tag))
                    .andExpect(jsonPath("$.price").value(17_000))
                    .andExpect(jsonPath("$.status").value("HIDDEN"))
                    .andExpect(jsonPath("$.taxFree").value(false))
                    .andExpect(jsonPath("$.summary").value("여름용"))
                    .andExpect(jsonPath("$.variants[1].stock").value(3))
                    .andReturn().getResponse();
            assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);

            // Another writer's ETag is stale now: nothing changes.
            mvc.perform(patch("/api/v1/admin/products/{id}", id).header("Authorization", bearer(token))
                            .header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"덮어쓰기\"}"))
                    .andExpect(status().isPreconditionFailed());
            mvc.perform(get("/api/v1/admin/products/{id}", id).header("Authorization", bearer(token)))
                    .andExpect(jsonPath("$.name").value("API 티셔츠 새 이름 " + tag))
                    .andExpect(jsonPath("$.price").value(17_000));

            // Creating and changing are product changes like the console's: product.updated goes out for both.
            await().atMost(Duration.ofSeconds(15)).until(() -> deliveries(hook.endpointId(), id) >= 2);
        } finally {
            apps.revoke(erp.appId());
        }
    }

    @Test
    void bad_input_is_a_422_naming_every_field() throws Exception {
        AppFixture fixture = new AppFixture(mvc, apps, json, new StaffFixture(staff, mvc).owner());
        String token = fixture.token(fixture.register("ERP 검사", AppScopes.PRODUCTS_READ, AppScopes.PRODUCTS_WRITE));
        String tag = tag();
        OrderFixture orderFixture = new OrderFixture(context);
        orderFixture.product("taken", 10_000, 1);
        String takenSku = orderFixture.sku("taken-M");
        String body = """
                {"name": " ", "categoryId": 987654321987, "price": -100, "status": "ON_SALE",
                 "options": [{"name": "사이즈", "values": ["M", "L"]}],
                 "variants": [{"optionValues": ["M"], "sku": "%s", "stock": 1},
                              {"optionValues": ["L"], "sku": "DUP-%s", "stock": 1}]}"""
                .formatted(takenSku, tag);

        String problem = mvc.perform(post("/api/v1/admin/products").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andReturn().getResponse().getContentAsString();
        assertThat(errors(problem)).contains("name:required", "price:negative", "categoryId:not-found",
                "variants[0].sku:sku-taken");

        String duplicate = newProduct(tag, "DUP-" + tag, anyCategory()).replace("DUP-" + tag + "-L", "DUP-" + tag + "-M");
        assertThat(errors(mvc.perform(post("/api/v1/admin/products").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(duplicate))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString()))
                .contains("variants[1].sku:sku-duplicate");

        long id = orderFixture.product("patched", 10_000, 1);
        mvc.perform(patch("/api/v1/admin/products/{id}", id).header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        mvc.perform(patch("/api/v1/admin/products/{id}", id).header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"price\":-1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("price"));
        mvc.perform(patch("/api/v1/admin/products/{id}", Long.MAX_VALUE).header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"없음\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void twenty_simultaneous_single_unit_corrections_on_ten_units_end_at_zero_and_never_below() throws Exception {
        AppFixture fixture = new AppFixture(mvc, apps, json, new StaffFixture(staff, mvc).owner());
        String warehouse = fixture.token(fixture.register("창고", AppScopes.STOCK_READ, AppScopes.STOCK_WRITE));
        String catalogOnly = fixture.token(fixture.register("상품 전용", AppScopes.PRODUCTS_READ,
                AppScopes.PRODUCTS_WRITE, AppScopes.STOCK_READ));
        OrderFixture orderFixture = new OrderFixture(context);
        long productId = orderFixture.product("counted", 10_000, 10);
        String sku = orderFixture.sku("counted-M");

        mvc.perform(get("/api/v1/admin/products/{id}/stock", productId).header("Authorization", bearer(warehouse)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.variants[0].sku").value(sku))
                .andExpect(jsonPath("$.variants[0].onHand").value(10));
        // Stock has scopes of its own: products:write does not cover it, and stock:write does not cover products.
        mvc.perform(adjust(catalogOnly, "{\"sku\":\"" + sku + "\",\"delta\":-1,\"reason\":\"파손\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/products/{id}", productId).header("Authorization", bearer(warehouse)))
                .andExpect(status().isForbidden());

        int refused = 0;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(adjust(warehouse, "{\"sku\":\"" + sku + "\",\"delta\":-1,\"reason\":\"실사\"}"))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertThat(status).isIn(200, 409);
                refused += status == 409 ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(refused).isEqualTo(10);
        assertThat(orderFixture.stock(sku)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'catalog.stock.adjusted'"
                + " AND target_id = ?", Long.class, sku)).as("each applied correction audited").isEqualTo(10);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(StockLow.class).stream()
                .anyMatch(low -> low.sku().equals(sku)));
        assertThat(events.of(StockLow.class)).filteredOn(low -> low.sku().equals(sku)).singleElement()
                .satisfies(low -> assertThat(low.remaining()).isEqualTo(StockLevel.LOW_STOCK_THRESHOLD));

        mvc.perform(adjust(warehouse, "{\"sku\":\"" + sku + "\",\"setTo\":7,\"reason\":\"입고\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.before").value(0))
                .andExpect(jsonPath("$.onHand").value(7));
        mvc.perform(adjust(warehouse, "{\"sku\":\"NO-SUCH-" + sku + "\",\"delta\":1,\"reason\":\"입고\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sku"));
        mvc.perform(adjust(warehouse, "{\"sku\":\"" + sku + "\",\"delta\":1,\"setTo\":3,\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(orderFixture.stock(sku)).isEqualTo(7);
    }

    @Test
    void staff_read_stock_with_catalog_read_and_correct_it_with_catalog_write() throws Exception {
        StaffFixture fixture = new StaffFixture(staff, mvc);
        Cookie readOnly = fixture.login(fixture.create("READ_ONLY"));
        Cookie manager = fixture.login(fixture.create("MANAGER"));
        OrderFixture orderFixture = new OrderFixture(context);
        long productId = orderFixture.product("staff-stock", 10_000, 4);
        String sku = orderFixture.sku("staff-stock-M");
        String correction = "{\"sku\":\"" + sku + "\",\"delta\":6,\"reason\":\"입고\"}";

        mvc.perform(get("/api/v1/admin/products/{id}/stock", productId).cookie(readOnly))
                .andExpect(status().isOk()).andExpect(jsonPath("$.variants[0].onHand").value(4));
        mvc.perform(post("/api/v1/admin/stock/adjustments").cookie(readOnly).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/stock/adjustments").cookie(manager).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(correction))
                .andExpect(status().isOk()).andExpect(jsonPath("$.onHand").value(10));
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_log WHERE action = 'catalog.stock.adjusted'"
                + " AND target_id = ?", String.class, sku)).startsWith("manager-");
    }

    @Test
    void an_app_ships_with_an_idempotency_key_once_however_often_it_retries_and_marks_the_parcel_delivered()
            throws Exception {
        AppFixture fixture = new AppFixture(mvc, apps, json, new StaffFixture(staff, mvc).owner());
        String fulfilment = fixture.token(fixture.register("풀필먼트", AppScopes.ORDERS_READ, AppScopes.ORDERS_WRITE));
        String reader = fixture.token(fixture.register("배송 조회", AppScopes.ORDERS_READ));
        OrderFixture orderFixture = new OrderFixture(context);
        orderFixture.product("shipped", 20_000, 5);
        String number = new PaidOrders(context).paidGuestOrder(orderFixture, "pw-ship-api", orderFixture.sku("shipped-M"));
        String key = UUID.randomUUID().toString();
        String parcel = "{\"carrier\":\"CJ\",\"trackingNumber\":\"123456789012\",\"lines\":[{\"lineNumber\":1,\"quantity\":1}]}";

        mvc.perform(ship(reader, number, key, parcel)).andExpect(status().isForbidden());
        String first = mvc.perform(ship(fulfilment, number, key, parcel))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shipmentNumber").value(1))
                .andExpect(jsonPath("$.carrierName").value("CJ대한통운"))
                .andExpect(jsonPath("$.status").value("SHIPPED"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(ship(fulfilment, number, key, parcel))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(result -> assertThat(json.readTree(result.getResponse().getContentAsString()))
                        .isEqualTo(json.readTree(first)));
        mvc.perform(ship(fulfilment, number, key, parcel.replace("123456789012", "999999999999")))
                .andExpect(status().isUnprocessableContent());

        assertThat(shipments.of(number)).hasSize(1);
        assertThat(orders.detail(number).orElseThrow().state()).isEqualTo(OrderState.SHIPPED);
        mvc.perform(get("/api/v1/admin/orders/{n}/shipments", number).header("Authorization", bearer(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].trackingNumber").value("123456789012"))
                .andExpect(jsonPath("$[0].lines[0].quantity").value(1));

        mvc.perform(moveTo(fulfilment, number, 1, "IN_TRANSIT"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_TRANSIT"));
        mvc.perform(moveTo(fulfilment, number, 1, "DELIVERED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELIVERED"))
                .andExpect(jsonPath("$.deliveredAt").isNotEmpty())
                .andExpect(jsonPath("$.history[2].actor").value(org.hamcrest.Matchers.startsWith("app ")));
        assertThat(orders.detail(number).orElseThrow().state()).isEqualTo(OrderState.DELIVERED);
        mvc.perform(moveTo(fulfilment, number, 1, "IN_TRANSIT")).andExpect(status().isUnprocessableContent());
        mvc.perform(moveTo(fulfilment, number, 9, "DELIVERED")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/admin/orders/{n}/shipments", "NO-SUCH-ORDER").header("Authorization", bearer(reader)))
                .andExpect(status().isNotFound());
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private long anyCategory() {
        return jdbc.queryForObject("SELECT MIN(id) FROM category", Long.class);
    }

    private static String newProduct(String tag, String skuPrefix, long categoryId) {
        return """
                {"name": "API 티셔츠 %s", "slug": "api-tee-%s", "categoryId": %d, "status": "ON_SALE",
                 "price": 15000, "listPrice": 19000, "summary": "여름용", "description": "<p>면 100%%</p>", "taxFree": true,
                 "options": [{"name": "사이즈", "values": ["M", "L"]}],
                 "variants": [{"optionValues": ["M"], "sku": "%s-M", "stock": 5},
                              {"optionValues": ["L"], "sku": "%s-L", "priceDifference": 1000, "stock": 3}]}"""
                .formatted(tag, tag.toLowerCase(), categoryId, skuPrefix, skuPrefix);
    }

    private List<String> errors(String problem) {
        List<String> errors = new ArrayList<>();
        for (JsonNode error : json.readTree(problem).get("errors")) {
            errors.add(error.get("field").asString() + ":" + error.get("code").asString());
        }
        return errors;
    }

    private long deliveries(long endpointId, long productId) {
        return jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ?"
                + " AND event_type = 'product.updated' AND (payload LIKE ? OR payload LIKE ?)", Long.class, endpointId,
                "%\"productId\":" + productId + ",%", "%\"productId\":" + productId + "}%");
    }

    private static org.springframework.test.web.servlet.RequestBuilder adjust(String token, String body) {
        return post("/api/v1/admin/stock/adjustments").header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.test.web.servlet.RequestBuilder ship(String token, String number, String key,
            String body) {
        return post("/api/v1/admin/orders/{n}/shipments", number).header("Authorization", bearer(token))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.test.web.servlet.RequestBuilder moveTo(String token, String number,
            int shipment, String status) {
        return post("/api/v1/admin/orders/{n}/shipments/{s}/status", number, shipment)
                .header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"" + status + "\"}");
    }
}
