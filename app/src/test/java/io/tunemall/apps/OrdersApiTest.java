package io.tunemall.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.Apps;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.sdk.Money;
import io.tunemall.staff.StaffFixture;
import io.tunemall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin orders API as an integration (a marketplace connector, a POS) uses it with its app token. */
@IntegrationTest
class OrdersApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    Apps apps;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    OrderFixture fixture;
    String writer;
    String reader;

    @BeforeEach
    void appsWithTokens() throws Exception {
        fixture = new OrderFixture(context);
        AppFixture appFixture = new AppFixture(mvc, apps, json, new StaffFixture(staff, mvc).owner());
        AppCredentials connector = appFixture.register("Marketplace connector", AppScopes.ORDERS_READ,
                AppScopes.ORDERS_WRITE);
        AppCredentials report = appFixture.register("Sales report", AppScopes.ORDERS_READ);
        writer = appFixture.token(connector);
        reader = appFixture.token(report);
    }

    static String order(String sku, int quantity, String payment) {
        return """
                {"lines": [{"sku": "%s", "quantity": %d}],
                 "orderer": {"name": "홍길동", "phone": "010-1234-5678", "email": "hong@example.com"},
                 "shippingAddress": {"recipientName": "김수령", "recipientPhone": "010-9876-5432",
                   "postalCode": "04524", "roadAddress": "서울특별시 중구 세종대로 110", "detailAddress": "3층 301호"},
                 "deliveryMessage": "문 앞에 놓아 주세요"%s}""".formatted(sku, quantity, payment == null ? ""
                : ", \"payment\": {\"method\": \"EXTERNAL\", \"reference\": \"" + payment + "\"}");
    }

    ResultActions create(String token, String key, String body) throws Exception {
        var request = post("/api/v1/admin/orders").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    @Test
    void an_order_created_with_an_idempotency_key_is_created_once_however_often_it_is_sent() throws Exception {
        fixture.product("api-tee", 20_000, 10);
        String sku = fixture.sku("api-tee-M");
        String key = UUID.randomUUID().toString();

        JsonNode first = json.readTree(create(writer, key, order(sku, 2, null))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.status").value("PAYMENT_PENDING"))
                .andExpect(jsonPath("$.lines[0].sku").value(sku))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.history[0].actor").value(org.hamcrest.Matchers.startsWith("app app_")))
                .andReturn().getResponse().getContentAsString());
        String number = first.get("orderNumber").asString();

        create(writer, key, order(sku, 2, null))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", "/api/v1/admin/orders/" + number))
                .andExpect(jsonPath("$.orderNumber").value(number));
        assertThat(fixture.stock(sku)).isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_order o JOIN shop_order_line l ON l.order_id = o.id"
                + " WHERE l.sku = ?", Integer.class, sku)).isEqualTo(1);

        create(writer, key, order(sku, 3, null))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/idempotency-key-reused"));
        assertThat(fixture.stock(sku)).isEqualTo(8);
    }

    @Test
    void an_externally_paid_order_is_paid_at_once_and_apps_read_personal_data_as_their_scope_allows() throws Exception {
        fixture.product("api-paid", 30_000, 5);
        String number = json.readTree(create(writer, null, order(fixture.sku("api-paid-M"), 1, "MKT-" + UUID.randomUUID()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andReturn().getResponse().getContentAsString()).get("orderNumber").asString();

        mvc.perform(get("/api/v1/admin/orders/{number}", number).header("Authorization", "Bearer " + writer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personalData").value("FULL"))
                .andExpect(jsonPath("$.orderer.name").value("홍길동"))
                .andExpect(jsonPath("$.shippingAddress.detailAddress").value("3층 301호"))
                .andExpect(jsonPath("$.paymentId").value(org.hamcrest.Matchers.startsWith("MKT-")));
        mvc.perform(get("/api/v1/admin/orders/{number}", number).header("Authorization", "Bearer " + reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personalData").value("MASKED"))
                .andExpect(jsonPath("$.orderer.name").value(org.hamcrest.Matchers.not("홍길동")))
                .andExpect(jsonPath("$.shippingAddress.detailAddress").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.amounts.charged").isNumber());
        // A read-only app creates nothing.
        create(reader, null, order(fixture.sku("api-paid-M"), 1, null)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/orders/{number}", "20000101-999999").header("Authorization", "Bearer " + reader))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void the_list_pages_oldest_first_with_a_cursor_and_filters_by_status() throws Exception {
        fixture.product("api-list", 10_000, 10);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(json.readTree(create(writer, null, order(fixture.sku("api-list-M"), 1, "LIST-" + UUID.randomUUID()))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                    .get("orderNumber").asString());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json.readTree(mvc.perform(get("/api/v1/admin/orders").param("status", "PAID")
                            .param("limit", "2").param("cursor", cursor == null ? "" : cursor)
                            .header("Authorization", "Bearer " + reader))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(item -> {
                assertThat(item.get("status").asString()).isEqualTo("PAID");
                seen.add(item.get("orderNumber").asString());
            });
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.subList(seen.size() - 3, seen.size())).containsExactlyElementsOf(created);

        mvc.perform(get("/api/v1/admin/orders").param("cursor", "not-ours").header("Authorization", "Bearer " + reader))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void the_list_filters_by_payment_method_and_by_the_orderers_whole_phone_or_name() throws Exception {
        fixture.product("api-filter", 10_000, 10);
        String sku = fixture.sku("api-filter-M");
        String digits = "%07d".formatted(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
        String phone = "010-7" + digits.substring(0, 3) + "-" + digits.substring(3);
        String name = "필터" + UUID.randomUUID().toString().substring(0, 6);
        String kakao = paidOrder(sku, name, phone, "KAKAO_PAY");
        String card = paidOrder(sku, name, phone, "CARD");
        String someoneElses = paidOrder(sku, "홍길동", "010-1234-5678", "KAKAO_PAY");

        // The phone as typed elsewhere (no dashes) finds the same orders: the blind index keys on the digits.
        assertThat(listed(Map.of("orderer", phone.replace("-", "")))).containsExactly(kakao, card);
        assertThat(listed(Map.of("orderer", name))).containsExactly(kakao, card);
        assertThat(listed(Map.of("orderer", phone, "paymentMethod", "KAKAO_PAY"))).containsExactly(kakao);
        assertThat(listed(Map.of("orderer", phone, "paymentMethod", "CARD", "status", "PAID")))
                .containsExactly(card);
        assertThat(listed(Map.of("orderer", phone, "paymentMethod", "TOSS_PAY"))).isEmpty();
        // A part of the name is not the name: nothing is compared in the clear.
        assertThat(listed(Map.of("orderer", name.substring(0, 3)))).isEmpty();
        assertThat(listed(Map.of("paymentMethod", "KAKAO_PAY"))).contains(kakao, someoneElses).doesNotContain(card);

        mvc.perform(get("/api/v1/admin/orders").param("paymentMethod", "CASH").header("Authorization", "Bearer " + reader))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("paymentMethod")));
    }

    /** An order placed through the API by this orderer and paid by the gateway with this method. */
    private String paidOrder(String sku, String name, String phone, String method) throws Exception {
        JsonNode created = json.readTree(create(writer, null, order(sku, 1, null)
                        .replace("\"name\": \"홍길동\", \"phone\": \"010-1234-5678\"",
                                "\"name\": \"" + name + "\", \"phone\": \"" + phone + "\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String number = created.get("orderNumber").asString();
        context.getBean(OrderPayments.class).markPaid(number, "pay-" + UUID.randomUUID(),
                Money.won(created.get("amounts").get("charged").asLong()), method);
        return number;
    }

    /** Every order number the list shows with these filters, following the cursor to the end. */
    private List<String> listed(Map<String, String> filters) throws Exception {
        List<String> numbers = new ArrayList<>();
        String cursor = null;
        do {
            var request = get("/api/v1/admin/orders").param("limit", "200").header("Authorization", "Bearer " + reader);
            filters.forEach(request::param);
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            JsonNode page = json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            page.get("items").forEach(item -> numbers.add(item.get("orderNumber").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        return numbers;
    }

    @Test
    void an_app_cancels_lines_once_prepares_and_is_told_when_a_move_is_not_allowed() throws Exception {
        fixture.product("api-cancel", 10_000, 10);
        String sku = fixture.sku("api-cancel-M");
        String body = order(sku, 1, "CXL-" + UUID.randomUUID())
                .replace("\"lines\": [", "\"lines\": [{\"sku\": \"" + sku + "-X\", \"quantity\": 1}, ");
        create(writer, null, body).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown-sku")));
        fixture.product("api-cancel2", 5_000, 10);
        String twoLines = order(sku, 1, "CXL-" + UUID.randomUUID())
                .replace("\"lines\": [", "\"lines\": [{\"sku\": \"" + fixture.sku("api-cancel2-M") + "\", \"quantity\": 2}, ");
        String number = json.readTree(create(writer, null, twoLines).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("orderNumber").asString();

        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/admin/orders/{number}/cancellations", number)
                            .header("Authorization", "Bearer " + writer).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"lines\": [1], \"reason\": \"품절\"}"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.lines[0].status").value("CANCELLED"))
                    .andExpect(jsonPath("$.lines[1].status").value("ORDERED"));
        }
        assertThat(fixture.stock(fixture.sku("api-cancel2-M"))).isEqualTo(10);

        mvc.perform(post("/api/v1/admin/orders/{number}/deliver", number).header("Authorization", "Bearer " + writer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/illegal-transition"));
        mvc.perform(post("/api/v1/admin/orders/{number}/prepare", number).header("Authorization", "Bearer " + writer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PREPARING"));
        mvc.perform(post("/api/v1/admin/orders/{number}/prepare", number).header("Authorization", "Bearer " + reader))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_malformed_order_is_a_400_with_its_fields() throws Exception {
        create(writer, null, "{\"lines\": [], \"orderer\": {\"name\": \"\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors").isArray());
    }
}
