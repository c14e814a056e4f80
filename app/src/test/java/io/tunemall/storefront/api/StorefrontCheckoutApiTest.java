package io.tunemall.storefront.api;

import static io.tunemall.storefront.api.StorefrontApiCalls.CART_TOKEN;
import static io.tunemall.storefront.api.StorefrontApiCalls.addToCart;
import static io.tunemall.storefront.api.StorefrontApiCalls.checkoutForm;
import static io.tunemall.storefront.api.StorefrontApiCalls.newKey;
import static io.tunemall.storefront.api.StorefrontApiCalls.place;
import static io.tunemall.storefront.api.StorefrontApiCalls.preview;
import static io.tunemall.storefront.api.StorefrontApiCalls.readCart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.OrderFixture;
import io.tunemall.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A guest's purchase through the storefront API: every cost first, the order once, the payment step, the look-up. */
@IntegrationTest
class StorefrontCheckoutApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    String guestCartWith(OrderFixture fixture, String sku, int quantity) throws Exception {
        return mvc.perform(addToCart(null, fixture.variantId(fixture.sku(sku)), quantity)).andExpect(status().isOk())
                .andReturn().getResponse().getHeader(CART_TOKEN);
    }

    JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void the_preview_shows_every_cost_before_payment_and_the_order_charges_exactly_that() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("trench", 30_000, 40_000, Map.of("M", 5));
        String token = guestCartWith(fixture, "trench-M", 1);

        // Jeju: below the free-shipping threshold, so the fee and the remote-area surcharge both apply.
        JsonNode previewed = read(mvc.perform(preview(token, checkoutForm("63100", "7777", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placeable").value(true))
                .andExpect(jsonPath("$.member").value(false))
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.breakdown.listAmount").value(40_000))
                .andExpect(jsonPath("$.breakdown.saleDiscount").value(10_000))
                .andExpect(jsonPath("$.breakdown.itemsAmount").value(30_000))
                .andExpect(jsonPath("$.breakdown.remoteArea").isNotEmpty()));
        JsonNode breakdown = previewed.get("breakdown");
        long fee = breakdown.get("shippingFee").asLong();
        long surcharge = breakdown.get("remoteAreaSurcharge").asLong();
        assertThat(fee).isPositive();
        assertThat(surcharge).isPositive();
        long finalAmount = breakdown.get("finalAmount").asLong();
        assertThat(finalAmount).isEqualTo(30_000 + fee + surcharge);

        String key = newKey();
        JsonNode placed = read(mvc.perform(place(token, key, checkoutForm("63100", "7777", finalAmount)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/storefront/orders/\\d{8}-\\d{6}")))
                .andExpect(jsonPath("$.orderNumber").value(matchesPattern("\\d{8}-\\d{6}")))
                .andExpect(jsonPath("$.state").value("PAYMENT_PENDING"))
                .andExpect(jsonPath("$.chargedAmount").value(finalAmount))
                .andExpect(jsonPath("$.amounts.finalAmount").value(finalAmount))
                .andExpect(jsonPath("$.amounts.remoteAreaSurcharge").value(surcharge))
                .andExpect(jsonPath("$.payment.redirectUrl").value(matchesPattern("http://localhost/pay/test/.+"))));
        String number = placed.get("orderNumber").asString();
        assertThat(fixture.stock(fixture.sku("trench-M"))).isEqualTo(4);
        mvc.perform(readCart(token)).andExpect(jsonPath("$.lines.length()").value(0));

        // A retry with the same key (the answer was lost) is the same order: no second order, no second unit taken.
        mvc.perform(place(token, key, checkoutForm("63100", "7777", finalAmount)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.orderNumber").value(number));
        // The same key with another body is a client bug, said as such.
        mvc.perform(place(token, key, checkoutForm("63100", "8888", finalAmount)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/idempotency-key-reused"));
        assertThat(fixture.stock(fixture.sku("trench-M"))).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_order_line WHERE sku = ?", Integer.class,
                fixture.sku("trench-M"))).isEqualTo(1);

        // The guest finds the order with the phone and the order password; a wrong password finds nothing.
        mvc.perform(get("/api/v1/storefront/orders/{n}", number).header("X-Order-Phone", "01012345678")
                        .header("X-Order-Password", "7777"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderNumber").value(number))
                .andExpect(jsonPath("$.lines[0].sku").value(fixture.sku("trench-M")))
                .andExpect(jsonPath("$.amounts.finalAmount").value(finalAmount))
                .andExpect(header().string("Cache-Control", "private, no-cache"));
        mvc.perform(get("/api/v1/storefront/orders/{n}", number).header("X-Order-Phone", "01012345678")
                        .header("X-Order-Password", "7778"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/storefront/orders/{n}", number)).andExpect(status().isNotFound());
    }

    @Test
    void placing_without_an_idempotency_key_is_refused_and_takes_nothing() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("cardigan", 45_000, 3);
        String token = guestCartWith(fixture, "cardigan-M", 1);

        mvc.perform(place(token, null, checkoutForm("04524", "7777", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/idempotency-key-required"));
        assertThat(fixture.stock(fixture.sku("cardigan-M"))).isEqualTo(3);
    }

    @Test
    void wrong_fields_are_a_422_problem_naming_each_field_and_nothing_is_taken() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("poncho", 45_000, 3);
        String token = guestCartWith(fixture, "poncho-M", 1);
        String form = checkoutForm("123", "7", null).replace("010-1234-5678", "12")
                .replace("\"guestPassword\"", "\"payment\": {\"method\": \"TRANSFER\", \"cashReceiptType\": "
                        + "\"EXPENSE_PROOF\", \"cashReceiptIdentity\": \"123\"}, \"guestPassword\"");

        mvc.perform(place(token, newKey(), form))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/checkout-rejected"))
                .andExpect(jsonPath("$.errors[?(@.field == 'orderer.phone')].code").value("phone"))
                .andExpect(jsonPath("$.errors[?(@.field == 'address.postalCode')].code").value("postal-code"))
                .andExpect(jsonPath("$.errors[?(@.field == 'guestPassword')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'payment.cashReceiptIdentity')].code")
                        .value("cash-receipt-identity-invalid"));
        assertThat(fixture.stock(fixture.sku("poncho-M"))).isEqualTo(3);
    }

    @Test
    void a_price_changed_since_the_preview_refuses_the_order_with_the_new_amount() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("blazer", 99_000, 3);
        String token = guestCartWith(fixture, "blazer-M", 1);

        mvc.perform(place(token, newKey(), checkoutForm("04524", "7777", 1_000L)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("amount-changed"));
        assertThat(fixture.stock(fixture.sku("blazer-M"))).isEqualTo(3);
    }
}
