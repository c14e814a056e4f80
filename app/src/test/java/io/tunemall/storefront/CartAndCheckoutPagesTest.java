package io.tunemall.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import java.net.URI;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A guest's purchase through the storefront pages: product page, cart, one-page checkout, the placed order, look-up. */
@IntegrationTest
class CartAndCheckoutPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    Cookie addToCart(OrderFixture fixture, String sku, int quantity, String product) throws Exception {
        MvcResult added = mvc.perform(post("/cart/items").param("variant", String.valueOf(fixture.variantId(sku)))
                        .param("quantity", String.valueOf(quantity)).param("product", product))
                .andExpect(redirectedUrl("/cart")).andReturn();
        Cookie cart = added.getResponse().getCookie("tm_cart");
        assertThat(cart).isNotNull();
        assertThat(cart.isHttpOnly()).isTrue();
        assertThat(cart.getMaxAge()).isEqualTo(30 * 24 * 3600);
        return cart;
    }

    static MockHttpServletRequestBuilder checkoutForm(Cookie cart, String postalCode) {
        return post("/checkout").with(csrf()).cookie(cart)
                .param("ordererName", "홍길동").param("ordererPhone", "010-1234-5678")
                .param("recipientName", "김수령").param("recipientPhone", "010-9876-5432")
                .param("postalCode", postalCode).param("roadAddress", "제주특별자치도 제주시 첨단로 242")
                .param("detailAddress", "2층").param("guestPassword", "7777").param("guestPasswordConfirm", "7777")
                .param("checkoutToken", java.util.UUID.randomUUID().toString());
    }

    @Test
    void a_guest_adds_from_the_product_page_and_sees_the_cart_with_its_count_in_the_header() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("hoodie", 49_000, 59_000, Map.of("L", 5));
        String product = html(get("/products/" + fixture.slug("hoodie")));
        assertThat(product).as("no per-request token: the page stays cacheable by its ETag")
                .doesNotContain("name=\"_csrf\"");
        assertThat(product).contains("action=\"/cart/items\"",
                "<input type=\"hidden\" name=\"product\" value=\"" + fixture.slug("hoodie") + "\">",
                "<button type=\"submit\" class=\"add-to-cart\">");
        assertThat(product).as("the only option is picked already").containsPattern("name=\"variant\" value=\"\\d+\"\\s+checked");

        Cookie cart = addToCart(fixture, fixture.sku("hoodie-L"), 2, fixture.slug("hoodie"));
        String page = html(get("/cart").cookie(cart));

        assertThat(page).contains("hoodie " + fixture.suffix, "value=\"2\"", "max=\"5\"", "98,000원",
                "<span class=\"cart-count\"", ">1</span>", "href=\"/checkout\"");
        assertThat(page).as("the estimate: free shipping from 50,000").contains("무료");
        assertThat(html(get("/cart").cookie(cart).param("lang", "en"))).contains("Estimated total", "Check out");
        // Changing the cart needs the cart page's token.
        mvc.perform(post("/cart/lines/1/delete").cookie(cart)).andExpect(status().isForbidden());
    }

    @Test
    void adding_without_picking_an_option_or_beyond_the_stock_is_told_in_the_shoppers_terms() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("scarf", 15_000, 2);

        MvcResult noOption = mvc.perform(post("/cart/items").with(csrf()).param("quantity", "1")
                .param("product", fixture.slug("scarf"))).andExpect(redirectedUrl("/products/" + fixture.slug("scarf")))
                .andReturn();
        assertThat(noOption.getFlashMap().get("cartProblem")).isEqualTo("pick-option");

        Cookie cart = addToCart(fixture, fixture.sku("scarf-M"), 5, fixture.slug("scarf"));
        String page = html(get("/cart").cookie(cart));
        assertThat(page).contains("value=\"2\"");
    }

    @Test
    void the_checkout_shows_every_cost_and_the_jeju_surcharge_once_the_postal_code_is_known() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("boots", 30_000, 4);
        Cookie cart = addToCart(fixture, fixture.sku("boots-M"), 1, fixture.slug("boots"));

        String page = html(get("/checkout").cookie(cart));
        assertThat(page).contains("상품 금액", "상품 할인", "회원 등급 할인", "쿠폰 할인", "배송비", "3,000원",
                "도서산간 추가 배송비", "적립금 사용", "최종 결제 금액", "33,000원 주문하기", "비회원 주문 비밀번호");

        String jeju = html(checkoutForm(cart, "63100").param("action", "preview"));
        assertThat(jeju).contains("추가 배송비 (제주)", "36,000원 주문하기", "name=\"expectedAmount\" value=\"36000\"");
    }

    @Test
    void wrong_fields_are_shown_next_to_them_and_nothing_is_ordered() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("gloves", 12_000, 4);
        Cookie cart = addToCart(fixture, fixture.sku("gloves-M"), 1, fixture.slug("gloves"));

        String page = html(post("/checkout").with(csrf()).cookie(cart).param("ordererName", "")
                .param("ordererPhone", "12").param("postalCode", "123").param("guestPassword", "7777")
                .param("guestPasswordConfirm", "7778").param("checkoutToken", "t-" + fixture.suffix));

        assertThat(page).contains("입력해 주세요.", "휴대폰 또는 전화번호를 숫자로 입력해 주세요", "우편번호는 숫자 5자리입니다.",
                "비밀번호가 서로 다릅니다.", "class=\"invalid\"");
        assertThat(fixture.stock(fixture.sku("gloves-M"))).isEqualTo(4);
    }

    @Test
    void placing_the_order_takes_the_stock_and_the_guest_pays_on_the_test_gateway() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("parka", 80_000, 3);
        Cookie cart = addToCart(fixture, fixture.sku("parka-M"), 1, fixture.slug("parka"));

        MvcResult placed = mvc.perform(checkoutForm(cart, "63100")).andExpect(redirectedUrlPattern("/pay/test/*"))
                .andReturn();
        PlacedOrder order = (PlacedOrder) placed.getFlashMap().get("placed");
        assertThat(fixture.stock(fixture.sku("parka-M"))).isEqualTo(2);
        assertThat(html(get("/cart").cookie(cart))).contains("장바구니가 비어 있습니다.");
        assertThat(state(order)).isEqualTo("PAYMENT_PENDING");

        // The gateway's approval page, then the shopper's "approve": back to the shop with the payment's key.
        String approvalPage = placed.getResponse().getRedirectedUrl();
        assertThat(html(get(approvalPage))).contains("83,000");
        String back = mvc.perform(post(approvalPage + "/approve").with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(back).startsWith("http://localhost/checkout/payment/success?").contains("orderId=" + order.orderNumber());
        // The browser follows the redirect with its session cookie; the flash attributes wait in that (Redis) session.
        MvcResult returned = mvc.perform(get(URI.create(back))).andExpect(redirectedUrl("/checkout/complete")).andReturn();
        Cookie session = returned.getResponse().getCookie("SESSION");
        String complete = html(get("/checkout/complete").cookie(cart, session));

        assertThat(complete).contains(order.orderNumber(), "결제 완료", "83,000원", "결제가 완료되었습니다.");
        assertThat(state(order)).isEqualTo("PAID");
        // Shown once: reloading the page later sends the shopper to the look-up instead.
        mvc.perform(get("/checkout/complete").cookie(cart, session)).andExpect(redirectedUrl("/orders/lookup"));
        // Coming back again (a reload of the return address) charges nothing twice and leaves the order paid.
        mvc.perform(get(URI.create(back))).andExpect(redirectedUrl("/checkout/complete"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_transaction t JOIN payment p ON p.id = t.payment_id "
                + "WHERE p.order_number = ? AND t.kind = 'CONFIRM' AND t.outcome = 'SUCCEEDED'", Integer.class,
                order.orderNumber())).isEqualTo(1);

        String found = html(post("/orders/lookup").with(csrf()).param("orderNumber", order.orderNumber())
                .param("phone", "01012345678").param("password", "7777"));
        assertThat(found).contains(order.orderNumber(), "parka " + fixture.suffix, "결제 완료", "제주특별자치도 제주시 첨단로 242",
                "추가 배송비 (제주)");
        String wrong = html(post("/orders/lookup").with(csrf()).param("orderNumber", order.orderNumber())
                .param("phone", "01012345678").param("password", "7778"));
        assertThat(wrong).contains("입력하신 정보와 일치하는 주문이 없습니다.").doesNotContain("parka " + fixture.suffix, order.orderNumber() + "<");
    }

    @Test
    void a_return_address_with_another_amount_charges_nothing_and_the_order_stays_unpaid() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("vest", 50_000, 2);
        Cookie cart = addToCart(fixture, fixture.sku("vest-M"), 1, fixture.slug("vest"));
        MvcResult placed = mvc.perform(checkoutForm(cart, "04524")).andReturn();
        PlacedOrder order = (PlacedOrder) placed.getFlashMap().get("placed");
        String back = mvc.perform(post(placed.getResponse().getRedirectedUrl() + "/approve").with(csrf())).andReturn()
                .getResponse().getRedirectedUrl();

        String tampered = back.replaceAll("amount=\\d+", "amount=100");
        MvcResult returned = mvc.perform(get(URI.create(tampered))).andExpect(redirectedUrl("/checkout/complete"))
                .andReturn();

        assertThat(returned.getFlashMap().get("paymentProblem")).isEqualTo("failed");
        assertThat(((PlacedOrder) returned.getFlashMap().get("placed")).state().name()).isEqualTo("PAYMENT_PENDING");
        assertThat(state(order)).isEqualTo("PAYMENT_PENDING");
        assertThat(html(get("/checkout/complete").cookie(returned.getResponse().getCookie("SESSION"))))
                .contains("결제하지 못했습니다");
    }

    private String state(PlacedOrder order) {
        return jdbc.queryForObject("SELECT state FROM shop_order WHERE order_number = ?", String.class,
                order.orderNumber());
    }

    @Test
    void a_cart_that_changed_since_the_checkout_page_was_shown_is_not_ordered_and_says_what_changed() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("vest", 40_000, 5);
        Cookie cart = addToCart(fixture, fixture.sku("vest-M"), 3, fixture.slug("vest"));
        html(get("/checkout").cookie(cart));
        jdbc.update("UPDATE product_variant SET stock = 1 WHERE sku = ?", fixture.sku("vest-M"));

        String page = html(checkoutForm(cart, "04524"));

        assertThat(page).contains("장바구니의 상품이 바뀌었습니다", "재고가 1개 남아 수량을 3개에서 1개로 줄였습니다.");
        assertThat(fixture.stock(fixture.sku("vest-M"))).isEqualTo(1);
    }
}
