package io.tunemall.storefront;

import static io.tunemall.storefront.CartAndCheckoutPagesTest.checkoutForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOptions;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The shopper picks how to pay on the checkout page: card, transfer, virtual account, wallets; cash receipts. */
@IntegrationTest
class CheckoutPaymentMethodsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PaymentSettings settings;

    @Test
    void the_checkout_offers_the_methods_the_owner_switched_on_with_the_cash_receipt_and_escrow_notes() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("knit", 30_000, 3);
        Cookie cart = addToCart(fixture, "knit");
        // Other tests switch wallets on and off in the app store: what is offered is read, not assumed.
        PaymentOptions options = settings.options();

        String page = html(get("/checkout").cookie(cart));

        assertThat(page).contains("결제 수단", "신용·체크카드", "가상계좌 (무통장입금)", "현금영수증", "소득공제 (휴대폰 번호)",
                "지출증빙 (사업자등록번호)");
        assertThat(page).containsPattern("value=\"CARD\"[^>]*checked");
        for (PaymentMethod method : PaymentMethod.values()) {
            if (options.offers(method)) {
                assertThat(page).contains("value=\"" + method.name() + "\"");
            } else {
                assertThat(page).doesNotContain("value=\"" + method.name() + "\"");
            }
        }
        if (options.escrow()) {
            assertThat(page).contains("구매안전서비스(에스크로)로 보호됩니다");
        }
    }

    @Test
    void a_virtual_account_order_shows_where_to_deposit_and_waits_until_the_account_is_due() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("coat", 120_000, 3);
        Cookie cart = addToCart(fixture, "coat");

        MvcResult placed = mvc.perform(checkoutForm(cart, "04524").param("paymentMethod", "VIRTUAL_ACCOUNT")
                        .param("cashReceiptType", "INCOME_DEDUCTION").param("cashReceiptIdentity", "010-1234-5678"))
                .andExpect(redirectedUrlPattern("/pay/test/*")).andReturn();
        PlacedOrder order = (PlacedOrder) placed.getFlashMap().get("placed");
        String approvalPage = placed.getResponse().getRedirectedUrl();
        assertThat(html(get(approvalPage))).contains("가상계좌");
        String back = mvc.perform(post(approvalPage + "/approve").with(csrf())).andReturn().getResponse()
                .getRedirectedUrl();
        MvcResult returned = mvc.perform(get(URI.create(back))).andExpect(redirectedUrl("/checkout/complete"))
                .andReturn();
        String complete = html(get("/checkout/complete").cookie(cart, returned.getResponse().getCookie("SESSION")));

        Map<String, Object> payment = jdbc.queryForMap("SELECT method, state, cash_receipt_type, escrow, "
                + "va_account_number, va_due_at FROM payment WHERE order_number = ?", order.orderNumber());
        assertThat(payment).containsEntry("method", "VIRTUAL_ACCOUNT").containsEntry("state", "WAITING_FOR_DEPOSIT")
                .containsEntry("cash_receipt_type", "INCOME_DEDUCTION").containsEntry("escrow", true);
        assertThat(complete).contains(order.orderNumber(), "입금하실 계좌", (String) payment.get("va_account_number"),
                "120,000원", "입금 기한").doesNotContain("결제하지 못했습니다");
        Instant due = ((Timestamp) payment.get("va_due_at")).toInstant();
        assertThat(due).isAfter(Instant.now().plus(Duration.ofHours(1)));
        // Not the 30-minute payment timeout: the order waits as long as the account takes deposits (the issued
        // account reaches the order through the outbox, after the payment's commit).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForMap(
                "SELECT state, payment_method, expires_at FROM shop_order WHERE order_number = ?", order.orderNumber()))
                .containsEntry("state", "PAYMENT_PENDING").containsEntry("payment_method", "VIRTUAL_ACCOUNT")
                .containsEntry("expires_at", Timestamp.from(due)));
    }

    @Test
    void a_method_the_shop_does_not_offer_or_a_receipt_number_that_cannot_be_one_is_refused_and_nothing_is_placed()
            throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("scarf", 20_000, 3);
        Cookie cart = addToCart(fixture, "scarf");

        String unknownMethod = html(checkoutForm(cart, "04524").param("paymentMethod", "BITCOIN"));
        String badReceipt = html(checkoutForm(cart, "04524").param("paymentMethod", "TRANSFER")
                .param("cashReceiptType", "EXPENSE_PROOF").param("cashReceiptIdentity", "123"));

        assertThat(unknownMethod).contains("선택하신 결제 수단은 지금 사용할 수 없습니다.");
        assertThat(badReceipt).contains("지출증빙은 사업자등록번호 10자리를 입력해 주세요.");
        assertThat(fixture.stock(fixture.sku("scarf-M"))).isEqualTo(3);
    }

    @Test
    void a_card_payment_ignores_a_cash_receipt_asked_for_by_mistake() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("cap", 25_000, 3);
        Cookie cart = addToCart(fixture, "cap");

        MvcResult placed = mvc.perform(checkoutForm(cart, "04524").param("paymentMethod", "CARD")
                        .param("cashReceiptType", "INCOME_DEDUCTION").param("cashReceiptIdentity", "01012345678"))
                .andExpect(redirectedUrlPattern("/pay/test/*")).andReturn();

        PlacedOrder order = (PlacedOrder) placed.getFlashMap().get("placed");
        assertThat(jdbc.queryForMap("SELECT method, cash_receipt_type FROM payment WHERE order_number = ?",
                order.orderNumber())).containsEntry("method", "CARD").containsEntry("cash_receipt_type", null);
    }

    private Cookie addToCart(OrderFixture fixture, String product) throws Exception {
        MvcResult added = mvc.perform(post("/cart/items").param("variant", String.valueOf(fixture.variantId(
                        fixture.sku(product + "-M")))).param("quantity", "1").param("product", fixture.slug(product)))
                .andExpect(redirectedUrl("/cart")).andReturn();
        return added.getResponse().getCookie("tm_cart");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
