package io.tunemall.storefront.api;

import static io.tunemall.storefront.api.StorefrontApiCalls.CART_TOKEN;
import static io.tunemall.storefront.api.StorefrontApiCalls.addToCart;
import static io.tunemall.storefront.api.StorefrontApiCalls.changeQuantity;
import static io.tunemall.storefront.api.StorefrontApiCalls.readCart;
import static io.tunemall.storefront.api.StorefrontApiCalls.removeLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The storefront API's cart for guests (signed X-Cart-Token) and signed-in members, its strong ETag and If-Match. */
@IntegrationTest
class StorefrontCartApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Carts carts;
    @Autowired
    JsonMapper json;
    @Autowired
    MemberSignUp signUps;

    JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    @Test
    void a_guest_gets_a_cart_token_with_the_first_item_and_works_on_that_cart_with_it() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("parka", 89_000, 99_000, Map.of("M", 5));
        long variant = fixture.variantId(fixture.sku("parka-M"));

        MockHttpServletResponse added = mvc.perform(addToCart(null, variant, 2))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].variantId").value(variant))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[0].unitPrice").value(89_000))
                .andExpect(jsonPath("$.lines[0].amount").value(178_000))
                .andExpect(jsonPath("$.lines[0].maxQuantity").value(5))
                .andExpect(jsonPath("$.estimate.itemsAmount").value(178_000))
                .andExpect(jsonPath("$.estimate.currency").value("KRW"))
                .andReturn().getResponse();
        String token = added.getHeader(CART_TOKEN);
        assertThat(token).isNotBlank();
        assertThat(added.getCookie("tm_cart")).as("an API client keeps the token itself").isNull();
        assertThat(added.getCookie("SESSION")).as("the API never starts a session").isNull();
        long line = body(added).get("lines").get(0).get("id").asLong();

        mvc.perform(readCart(token)).andExpect(jsonPath("$.lines[0].id").value(line));
        mvc.perform(addToCart(token, variant, 1)).andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].quantity").value(3));
        mvc.perform(changeQuantity(token, line, 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].quantity").value(1))
                .andExpect(jsonPath("$.lines[0].amount").value(89_000));
        mvc.perform(removeLine(token, line)).andExpect(status().isOk()).andExpect(jsonPath("$.lines.length()").value(0));
        assertThat(carts.view(CartOwner.guest(carts.guestCartId(token).orElseThrow())).isEmpty()).isTrue();
        mvc.perform(readCart(null)).andExpect(status().isOk()).andExpect(jsonPath("$.lines.length()").value(0))
                .andExpect(jsonPath("$.estimate").isEmpty());
    }

    @Test
    void a_forged_or_altered_token_names_no_cart() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("vest", 39_000, 3);
        String token = mvc.perform(addToCart(null, fixture.variantId(fixture.sku("vest-M")), 1))
                .andReturn().getResponse().getHeader(CART_TOKEN);
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        mvc.perform(readCart(altered)).andExpect(jsonPath("$.lines.length()").value(0));
        mvc.perform(readCart("not-a-token")).andExpect(jsonPath("$.lines.length()").value(0));
        mvc.perform(readCart(token)).andExpect(jsonPath("$.lines.length()").value(1));
    }

    @Test
    void more_than_the_stock_is_lowered_to_the_stock_with_a_notice() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("beanie", 15_000, 2);

        mvc.perform(addToCart(null, fixture.variantId(fixture.sku("beanie-M")), 5))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.notices.length()").value(1))
                .andExpect(jsonPath("$.notices[0].quantityBefore").value(5))
                .andExpect(jsonPath("$.notices[0].quantityAfter").value(2));
    }

    @Test
    void bad_requests_are_problems_with_their_fields_named() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("scarf", 25_000, 0);

        mvc.perform(post("/api/v1/storefront/cart/items").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'variantId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'quantity')]").exists());
        mvc.perform(addToCart(null, fixture.variantId(fixture.sku("scarf-M")), 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/sold-out"));
        mvc.perform(changeQuantity(null, 1, 1)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/storefront/cart/items").contentType(MediaType.TEXT_PLAIN).content("{\"variantId\":1}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void a_variant_that_does_not_exist_is_a_problem_not_a_server_error() throws Exception {
        mvc.perform(addToCart(null, Long.MAX_VALUE, 1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/not-buyable"))
                .andExpect(header().doesNotExist(CART_TOKEN));
    }

    @Test
    void a_member_signed_in_on_the_storefront_works_on_the_member_cart_without_a_token() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("cardigan", 59_000, 4);
        long variant = fixture.variantId(fixture.sku("cardigan-M"));
        String email = "api-cart-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long member = signUps.signUp(new SignUp(email, "Secret-pass-123", "홍길동", "010-1234-5678",
                LocalDate.of(1990, 5, 17), EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY), null));
        Cookie session = mvc.perform(post("/login").param("email", email).param("password", "Secret-pass-123")
                .with(csrf())).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the storefront login starts a session").isNotNull();

        MockHttpServletResponse added = mvc.perform(addToCart(null, variant, 2).cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].variantId").value(variant))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andReturn().getResponse();
        assertThat(added.getHeader(CART_TOKEN)).as("a member's cart needs no guest token").isNull();
        assertThat(carts.view(CartOwner.member(member)).lines()).singleElement()
                .satisfies(line -> assertThat(line.variantId()).isEqualTo(variant));

        mvc.perform(readCart(null).cookie(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines.length()").value(1));
        mvc.perform(readCart(null)).andExpect(jsonPath("$.lines.length()").value(0));
        // A guest token sent along does not take the signed-in member to the guest's cart.
        String guest = mvc.perform(addToCart(null, variant, 1)).andReturn().getResponse().getHeader(CART_TOKEN);
        mvc.perform(readCart(guest).cookie(session)).andExpect(jsonPath("$.lines[0].quantity").value(2));
    }

    @Test
    void the_cart_has_a_strong_etag_that_answers_304_and_guards_changes_with_if_match() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("gloves", 19_000, 9);
        MockHttpServletResponse added = mvc.perform(addToCart(null, fixture.variantId(fixture.sku("gloves-M")), 1))
                .andReturn().getResponse();
        String token = added.getHeader(CART_TOKEN);
        long line = body(added).get("lines").get(0).get("id").asLong();

        MockHttpServletResponse read = mvc.perform(readCart(token)).andExpect(status().isOk()).andReturn().getResponse();
        String etag = read.getHeader("ETag");
        assertThat(etag).as("strong: a quoted hash without W/").matches("\"[0-9a-f]{32}\"");
        assertThat(etag).isEqualTo(added.getHeader("ETag"));
        assertThat(read.getHeader("Cache-Control")).contains("private", "no-cache");
        mvc.perform(readCart(token).header("If-None-Match", etag)).andExpect(status().isNotModified())
                .andExpect(content().string(""));

        // Another tab changes the quantity: the ETag the client holds is stale now.
        String changed = mvc.perform(changeQuantity(token, line, 2).header("If-Match", etag))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        assertThat(changed).isNotEqualTo(etag);
        mvc.perform(readCart(token).header("If-None-Match", etag)).andExpect(status().isOk());

        mvc.perform(changeQuantity(token, line, 5).header("If-Match", etag))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/precondition-failed"));
        mvc.perform(removeLine(token, line).header("If-Match", etag)).andExpect(status().isPreconditionFailed());
        mvc.perform(readCart(token)).andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(header().string("ETag", changed));

        mvc.perform(changeQuantity(token, line, 5).header("If-Match", changed)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].quantity").value(5));
    }
}
