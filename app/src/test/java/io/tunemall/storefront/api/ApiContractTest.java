package io.tunemall.storefront.api;

import static com.atlassian.oai.validator.mockmvc.OpenApiValidationMatchers.openApi;
import static io.tunemall.storefront.api.StorefrontApiCalls.CART_TOKEN;
import static io.tunemall.storefront.api.StorefrontApiCalls.addToCart;
import static io.tunemall.storefront.api.StorefrontApiCalls.changeQuantity;
import static io.tunemall.storefront.api.StorefrontApiCalls.checkoutForm;
import static io.tunemall.storefront.api.StorefrontApiCalls.newKey;
import static io.tunemall.storefront.api.StorefrontApiCalls.place;
import static io.tunemall.storefront.api.StorefrontApiCalls.preview;
import static io.tunemall.storefront.api.StorefrontApiCalls.readCart;
import static io.tunemall.storefront.api.StorefrontApiCalls.removeLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppDraft;
import io.tunemall.apps.api.Apps;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.support.IntegrationTest;
import java.util.ArrayDeque;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API keeps the contract it publishes: real answers of the storefront and admin APIs, errors included, are checked
 * against the generated {@code /v3/api-docs} by an independent validator (Atlassian's swagger-request-validator), and
 * the document itself is linted.
 */
@IntegrationTest
class ApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    Apps apps;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    String document;
    /** Request and response are as documented. */
    ResultMatcher conforms;
    /**
     * The answer to a deliberately wrong request is as documented. The request itself breaks the document on purpose
     * (a quantity of 0, a missing header, no token), so only the response side is checked.
     */
    ResultMatcher refusalConforms;

    @BeforeEach
    void loadTheDocument() throws Exception {
        document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        conforms = openApi().isValid(OpenApiInteractionValidator.createForInlineApiSpecification(document).build());
        refusalConforms = openApi().isValid(OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    @Test
    void the_catalog_answers_as_documented() throws Exception {
        mvc.perform(get("/api/v1/storefront/categories")).andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/storefront/products").param("category", "tops").param("size", "4"))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/storefront/products").param("query", "코트")).andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/storefront/products/wool-blend-long-coat")).andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/storefront/products/no-such-product")).andExpect(status().isNotFound()).andExpect(conforms);
        mvc.perform(get("/api/v1/storefront/products").param("size", "0")).andExpect(status().isBadRequest())
                .andExpect(refusalConforms);
    }

    @Test
    void the_cart_checkout_and_order_answer_as_documented() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("contract-coat", 120_000, 150_000, Map.of("M", 5));
        long variant = fixture.variantId(fixture.sku("contract-coat-M"));

        MockHttpServletResponse added = mvc.perform(addToCart(null, variant, 2)).andExpect(status().isOk())
                .andExpect(conforms).andReturn().getResponse();
        String token = added.getHeader(CART_TOKEN);
        long line = json.readTree(added.getContentAsString()).get("lines").get(0).get("id").asLong();
        String etag = mvc.perform(readCart(token)).andExpect(status().isOk()).andExpect(conforms).andReturn()
                .getResponse().getHeader("ETag");
        mvc.perform(readCart(token).header("If-None-Match", etag)).andExpect(status().isNotModified()).andExpect(conforms);
        mvc.perform(changeQuantity(token, line, 1).header("If-Match", etag)).andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(changeQuantity(token, line, 3).header("If-Match", etag)).andExpect(status().isPreconditionFailed())
                .andExpect(conforms);
        mvc.perform(changeQuantity(token, line + 1_000_000, 1)).andExpect(status().isNotFound()).andExpect(conforms);
        mvc.perform(post("/api/v1/storefront/cart/items").contentType("application/json").content("{\"quantity\":0}"))
                .andExpect(status().isBadRequest()).andExpect(refusalConforms);

        mvc.perform(preview(token, checkoutForm("04524", "7777", null))).andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(place(token, newKey(), checkoutForm("1", "7777", null))).andExpect(status().isUnprocessableContent())
                .andExpect(refusalConforms);
        mvc.perform(place(token, null, checkoutForm("04524", "7777", null))).andExpect(status().isBadRequest())
                .andExpect(refusalConforms);
        String placed = mvc.perform(place(token, newKey(), checkoutForm("04524", "7777", null)))
                .andExpect(status().isCreated()).andExpect(conforms).andReturn().getResponse().getContentAsString();
        String number = json.readTree(placed).get("orderNumber").asString();
        mvc.perform(get("/api/v1/storefront/orders/{n}", number).header("X-Order-Phone", "010-1234-5678")
                .header("X-Order-Password", "7777")).andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/storefront/orders/{n}", number)).andExpect(status().isNotFound()).andExpect(conforms);

        String other = mvc.perform(addToCart(null, variant, 1)).andReturn().getResponse().getHeader(CART_TOKEN);
        long otherLine = json.readTree(mvc.perform(readCart(other)).andReturn().getResponse().getContentAsString())
                .get("lines").get(0).get("id").asLong();
        mvc.perform(removeLine(other, otherLine)).andExpect(status().isOk()).andExpect(conforms);
    }

    @Test
    void the_admin_products_api_answers_apps_as_documented() throws Exception {
        AppCredentials app = apps.register(new AppDraft("Contract test " + newKey().substring(0, 8),
                Set.of("products:read"), "owner@example.com", 600));
        String issued = mvc.perform(post("/oauth2/token").with(httpBasic(app.clientId(), app.clientSecret()))
                .param("grant_type", "client_credentials")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String bearer = "Bearer " + json.readTree(issued).get("access_token").asString();

        String page = mvc.perform(get("/api/v1/admin/products").param("limit", "2").header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(conforms).andReturn().getResponse().getContentAsString();
        long id = json.readTree(page).get("items").get(0).get("id").asLong();
        mvc.perform(get("/api/v1/admin/products/{id}", id).header("Authorization", bearer)).andExpect(status().isOk())
                .andExpect(conforms);
        mvc.perform(get("/api/v1/admin/products/{id}", Long.MAX_VALUE).header("Authorization", bearer))
                .andExpect(status().isNotFound()).andExpect(conforms);
        mvc.perform(get("/api/v1/admin/products").param("cursor", "bogus").header("Authorization", bearer))
                .andExpect(status().isUnprocessableContent()).andExpect(refusalConforms);
        mvc.perform(get("/api/v1/admin/products")).andExpect(status().isUnauthorized()).andExpect(refusalConforms);
        mvc.perform(get("/api/v1/admin/members").header("Authorization", bearer)).andExpect(status().isForbidden())
                .andExpect(conforms);
    }

    @Test
    void the_admin_orders_api_answers_apps_as_documented() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("contract-shirt", 30_000, 5);
        String bearer = bearer(Set.of("orders:read", "orders:write"));
        String order = """
                {"lines": [{"sku": "%s", "quantity": 1}],
                 "orderer": {"name": "홍길동", "phone": "010-1234-5678", "email": "hong@example.com"},
                 "shippingAddress": {"recipientName": "김수령", "recipientPhone": "010-9876-5432",
                   "postalCode": "04524", "roadAddress": "서울특별시 중구 세종대로 110", "detailAddress": "3층 301호"}}"""
                .formatted(fixture.sku("contract-shirt-M"));

        String created = mvc.perform(post("/api/v1/admin/orders").header("Authorization", bearer)
                        .header("Idempotency-Key", newKey()).contentType("application/json").content(order))
                .andExpect(status().isCreated()).andExpect(conforms).andReturn().getResponse().getContentAsString();
        String number = json.readTree(created).get("orderNumber").asString();
        mvc.perform(get("/api/v1/admin/orders").param("limit", "2").header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/admin/orders").param("paymentMethod", "CARD").param("orderer", "010-1234-5678")
                .header("Authorization", bearer)).andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/admin/orders").param("paymentMethod", "CASH").header("Authorization", bearer))
                .andExpect(status().isBadRequest()).andExpect(refusalConforms);
        mvc.perform(get("/api/v1/admin/orders/{number}", number).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/admin/orders/{number}", "NO-SUCH-ORDER").header("Authorization", bearer))
                .andExpect(status().isNotFound()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/orders/{number}/deliver", number).header("Authorization", bearer))
                .andExpect(status().isConflict()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/orders/{number}/cancellations", number).header("Authorization", bearer)
                        .header("Idempotency-Key", newKey()).contentType("application/json").content("{\"reason\":\"test\"}"))
                .andExpect(status().isCreated()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/orders").header("Authorization", bearer).header("Idempotency-Key", newKey())
                        .contentType("application/json").content("{\"lines\": []}"))
                .andExpect(status().isBadRequest()).andExpect(refusalConforms);
    }

    @Test
    void the_admin_product_writes_and_stock_answer_as_documented() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        long existing = fixture.product("contract-stock", 10_000, 3);
        String sku = fixture.sku("contract-stock-M");
        String products = bearer(Set.of("products:read", "products:write"));
        String stock = bearer(Set.of("stock:read", "stock:write"));
        String slug = "contract-new-" + fixture.suffix;
        String product = """
                {"name": "계약 티셔츠", "slug": "%s", "categoryId": %d, "price": 15000, "status": "ON_SALE",
                 "options": [{"name": "사이즈", "values": ["M"]}],
                 "variants": [{"optionValues": ["M"], "sku": "%s", "stock": 2}]}"""
                .formatted(slug, categoryOf(existing), fixture.sku("contract-new-M"));

        MockHttpServletResponse created = mvc.perform(post("/api/v1/admin/products").header("Authorization", products)
                        .contentType("application/json").content(product))
                .andExpect(status().isCreated()).andExpect(conforms).andReturn().getResponse();
        long id = json.readTree(created.getContentAsString()).get("id").asLong();
        mvc.perform(patch("/api/v1/admin/products/{id}", id).header("Authorization", products)
                        .header("If-Match", created.getHeader("ETag")).contentType("application/json")
                        .content("{\"price\": 14000, \"status\": \"HIDDEN\"}"))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(patch("/api/v1/admin/products/{id}", id).header("Authorization", products)
                        .header("If-Match", created.getHeader("ETag")).contentType("application/json")
                        .content("{\"price\": 13000}"))
                .andExpect(status().isPreconditionFailed()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/products").header("Authorization", products).contentType("application/json")
                        .content(product)).andExpect(status().isUnprocessableContent()).andExpect(conforms);
        // A timed sale (set in the console) shows as a plain amount and ISO instants, an open end as null.
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                "UPDATE product SET sale_price = 12000, sale_starts_at = '2026-01-01 00:00:00', sale_ends_at = NULL"
                        + " WHERE id = ?", id);
        mvc.perform(get("/api/v1/admin/products/{id}", id).header("Authorization", products))
                .andExpect(status().isOk()).andExpect(conforms)
                .andExpect(jsonPath("$.salePrice").value(12_000))
                .andExpect(jsonPath("$.saleStartsAt").value("2026-01-01T00:00:00Z"))
                .andExpect(jsonPath("$.saleEndsAt").value(org.hamcrest.Matchers.nullValue()));

        mvc.perform(get("/api/v1/admin/products/{id}/stock", existing).header("Authorization", stock))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/stock/adjustments").header("Authorization", stock)
                        .contentType("application/json")
                        .content("{\"sku\": \"%s\", \"delta\": 2, \"reason\": \"입고\"}".formatted(sku)))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/stock/adjustments").header("Authorization", stock)
                        .contentType("application/json")
                        .content("{\"sku\": \"%s\", \"delta\": -9, \"reason\": \"파손\"}".formatted(sku)))
                .andExpect(status().isConflict()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/stock/adjustments").header("Authorization", products)
                        .contentType("application/json")
                        .content("{\"sku\": \"%s\", \"setTo\": 1, \"reason\": \"실사\"}".formatted(sku)))
                .andExpect(status().isForbidden()).andExpect(conforms);
    }

    @Test
    void the_admin_shipments_api_answers_as_documented() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("contract-parcel", 20_000, 5);
        String bearer = bearer(Set.of("orders:read", "orders:write"));
        String number = new PaidOrders(context).paidGuestOrder(fixture, "pw-contract", fixture.sku("contract-parcel-M"));
        String parcel = "{\"carrier\": \"CJ\", \"trackingNumber\": \"123456789012\"}";

        mvc.perform(post("/api/v1/admin/orders/{n}/shipments", number).header("Authorization", bearer)
                        .header("Idempotency-Key", newKey()).contentType("application/json").content(parcel))
                .andExpect(status().isCreated()).andExpect(conforms);
        mvc.perform(get("/api/v1/admin/orders/{n}/shipments", number).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/orders/{n}/shipments/{s}/status", number, 1).header("Authorization", bearer)
                        .contentType("application/json").content("{\"status\": \"DELIVERED\"}"))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/orders/{n}/shipments", number).header("Authorization", bearer)
                        .contentType("application/json").content(parcel))
                .andExpect(status().isUnprocessableContent()).andExpect(conforms);
        mvc.perform(post("/api/v1/admin/orders/{n}/shipments", number).header("Authorization", bearer)
                        .contentType("application/json").content("{\"carrier\": \"CJ\"}"))
                .andExpect(status().isBadRequest()).andExpect(refusalConforms);
    }

    @Test
    void the_admin_members_api_answers_as_documented() throws Exception {
        String bearer = bearer(Set.of("members:read"));
        String email = "contract-" + newKey().substring(0, 8) + "@example.com";
        String phone = "010-7" + ThreadLocalRandom.current().nextInt(100, 1000) + "-"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        long id = context.getBean(MemberSignUp.class).signUp(new SignUp(email, "Secret-pass-123", "남궁희", phone,
                LocalDate.of(1979, 12, 1), EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY), null));

        mvc.perform(get("/api/v1/admin/members").param("q", email).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/admin/members").param("size", "5").header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/admin/members/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(conforms);
        mvc.perform(get("/api/v1/admin/members/{id}", Long.MAX_VALUE).header("Authorization", bearer))
                .andExpect(status().isNotFound()).andExpect(conforms);
    }

    private long categoryOf(long productId) {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("SELECT category_id FROM product WHERE id = ?", Long.class, productId);
    }

    private String bearer(Set<String> scopes) throws Exception {
        AppCredentials app = apps.register(new AppDraft("Contract test " + newKey().substring(0, 8), scopes,
                "owner@example.com", 600));
        String issued = mvc.perform(post("/oauth2/token").with(httpBasic(app.clientId(), app.clientSecret()))
                .param("grant_type", "client_credentials")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return "Bearer " + json.readTree(issued).get("access_token").asString();
    }

    @Test
    void every_operation_is_named_summarised_and_documents_its_problems() throws Exception {
        JsonNode api = json.readTree(document);
        List<String> faults = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            if (testOnly(path.getKey())) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                String id = op.path("operationId").asString("");
                if (id.isBlank() || !id.matches("[a-z][A-Za-z]+")) {
                    faults.add(name + ": no operationId of its own (springdoc's generated ones end in _1)");
                } else if (!operationIds.add(id)) {
                    faults.add(name + ": operationId " + id + " is used twice");
                }
                if (op.path("summary").asString("").isBlank()) {
                    faults.add(name + ": no summary");
                }
                boolean problems = false;
                for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
                    if (response.getKey().startsWith("4")) {
                        problems = true;
                        String schema = response.getValue().path("content").path("application/problem+json")
                                .path("schema").path("$ref").asString("");
                        if (!schema.equals("#/components/schemas/Problem")) {
                            faults.add(name + ": " + response.getKey() + " is not documented as a problem+json Problem");
                        }
                    }
                }
                if (!problems && refusable(op)) {
                    faults.add(name + ": takes input it can refuse but documents no 4xx problem response");
                }
                if (path.getKey().startsWith("/api/v1/admin/") && op.path("security").isMissingNode()) {
                    faults.add(name + ": no bearer security requirement");
                }
            }
        }
        assertThat(faults).isEmpty();
        assertThat(api.path("components").path("securitySchemes").path("appToken").path("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void every_schema_of_the_admin_api_is_its_own() throws Exception {
        // The admin API answers with records of its own (AdminProduct, AdminOrder...), not the modules' domain records,
        // so a change inside a module cannot silently change the published contract. Problem is shared by every API.
        JsonNode api = json.readTree(document);
        JsonNode schemas = api.path("components").path("schemas");
        Map<String, String> foreign = new TreeMap<>();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/admin/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Set<String> seen = new HashSet<>();
                Deque<JsonNode> pending = new ArrayDeque<>(List.of(operation.getValue()));
                while (!pending.isEmpty()) {
                    JsonNode node = pending.pop();
                    String ref = node.path("$ref").asString("");
                    if (ref.startsWith("#/components/schemas/")) {
                        String schema = ref.substring("#/components/schemas/".length());
                        if (!schema.equals("Problem") && seen.add(schema)) {
                            used.add(schema);
                            if (!schema.startsWith("Admin")) {
                                foreign.putIfAbsent(schema, name);
                            }
                            pending.push(schemas.path(schema));
                        }
                    }
                    node.forEach(pending::push);
                }
            }
        }
        assertThat(used).contains("AdminProduct", "AdminProductVariant", "AdminOrder", "AdminMember");
        assertThat(foreign).as("schema -> an admin operation using it").isEmpty();
    }

    @Test
    void fields_answered_as_null_say_so_in_the_document() throws Exception {
        // OpenAPI 3.1 has no "nullable": a field that may be null lists "null" among its types.
        JsonNode schemas = json.readTree(document).path("components").path("schemas");
        Map<String, List<String>> nullable = Map.ofEntries(
                Map.entry("Cart", List.of("pricingProblem")),
                Map.entry("CartLine", List.of("imageUrl")),
                Map.entry("CartNotice", List.of("before", "after")),
                Map.entry("PriceBreakdown", List.of("gradeName", "couponName", "remoteArea")),
                Map.entry("Order", List.of("paidAt", "expiresAt", "deliveryMessage")),
                Map.entry("AdminProductList", List.of("nextCursor")),
                Map.entry("AdminProduct", List.of("brandId", "salePrice", "saleStartsAt", "saleEndsAt", "summary",
                        "description")),
                Map.entry("AdminProductVariant", List.of("barcode")),
                Map.entry("AdminMember", List.of("name", "email", "phone", "lastLoginAt", "withdrawnAt")),
                Map.entry("AdminMemberSummary", List.of("maskedName", "maskedEmail", "maskedPhone", "lastLoginAt")),
                Map.entry("AdminOrderList", List.of("nextCursor")),
                Map.entry("AdminOrder", List.of("memberId", "paidAt", "expiresAt", "paymentId", "deliveryMessage")),
                Map.entry("AdminShipment", List.of("trackingUrl", "deliveredAt")),
                Map.entry("AdminStockAdjustment", List.of("delta", "setTo")),
                Map.entry("AdminProductChanges", List.of("name", "price", "listPrice", "categoryId", "brandId")));
        List<String> faults = new ArrayList<>();
        nullable.forEach((schema, fields) -> fields.forEach(field -> {
            JsonNode type = schemas.path(schema).path("properties").path(field).path("type");
            boolean allowsNull = false;
            for (JsonNode each : type) {
                allowsNull |= each.asString().equals("null");
            }
            if (!allowsNull) {
                faults.add(schema + "." + field + " is " + type);
            }
        }));
        assertThat(faults).isEmpty();
        assertThat(schemas.path("Cart").path("properties").path("lines").path("type").asString()).isEqualTo("array");
    }

    @Test
    void every_path_under_api_v1_is_in_the_document() throws Exception {
        Set<String> documented = new HashSet<>();
        json.readTree(document).get("paths").properties().forEach(path -> documented.add(path.getKey()));
        List<String> missing = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                // Tuning modules' routes are dispatched at runtime and documented by each module (tuning guide).
                .filter(pattern -> !pattern.startsWith("/api/v1/t/"))
                .filter(pattern -> !testOnly(pattern))
                .filter(pattern -> !documented.contains(pattern))
                .sorted().toList();
        assertThat(missing).isEmpty();
        assertThat(documented).contains("/api/v1/storefront/cart", "/api/v1/storefront/cart/items",
                "/api/v1/storefront/cart/items/{lineId}", "/api/v1/storefront/checkout",
                "/api/v1/storefront/checkout/preview", "/api/v1/storefront/orders/{orderNumber}",
                "/api/v1/admin/products", "/api/v1/admin/products/{id}", "/api/v1/admin/products/{id}/stock",
                "/api/v1/admin/stock/adjustments", "/api/v1/admin/orders/{number}/shipments",
                "/api/v1/admin/orders/{number}/shipments/{shipment}/status");
    }

    /**
     * Whether a client can send this operation something it refuses: a body, a path variable (naming what may not
     * exist), a required parameter, or a parameter that is not free text (the platform answers a value of the wrong
     * type with a 400 problem). An operation that takes only optional free text, or nothing, has no 4xx of its own to
     * document.
     */
    private static boolean refusable(JsonNode operation) {
        if (!operation.path("requestBody").isMissingNode()) {
            return true;
        }
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode schema = parameter.path("schema");
            JsonNode type = schema.path("type");
            boolean freeText = type.isString() && type.asString().equals("string") && schema.path("format").isMissingNode()
                    && schema.path("enum").isMissingNode();
            if (parameter.path("in").asString("").equals("path") || parameter.path("required").asBoolean(false)
                    || !freeText) {
                return true;
            }
        }
        return false;
    }

    /** Probe controllers that exist only in the test sources (ProblemProbeController, PointsProbeController). */
    private static boolean testOnly(String path) {
        return path.contains("/test-probe/");
    }
}
