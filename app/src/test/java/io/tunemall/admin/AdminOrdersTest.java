package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.OrderEventsRecorder;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.order.api.RefundState;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.Initiator;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class AdminOrdersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    OrderPayments payments;
    @Autowired
    OrderAdministration orders;
    @Autowired
    Payments gateway;
    @Autowired
    OrderEventsRecorder events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderRefunds refunds;

    PlacedOrder paidOrderOfTwoLines(OrderFixture fixture) {
        fixture.product("duo", 20_000, 20_000, new java.util.LinkedHashMap<>(Map.of("S", 5, "L", 5)));
        var guest = fixture.guestCartWith(fixture.sku("duo-S"), 1);
        context.getBean(io.tunemall.order.api.Carts.class).add(guest, fixture.variantId(fixture.sku("duo-L")), 2);
        PlacedOrder placed = checkout.place(guest, OrderFixture.guestCheckout("1234"));
        payments.markPaid(placed.orderNumber(), "pay-" + fixture.suffix, placed.chargedAmount());
        return placed;
    }

    @Test
    void the_list_filters_by_state_day_and_number_and_masks_names() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        PlacedOrder paid = paidOrderOfTwoLines(fixture);

        String byNumber = mvc.perform(get("/admin/orders").cookie(staff).param("number", paid.orderNumber()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byNumber).contains(paid.orderNumber(), "홍*동", "duo " + fixture.suffix + " 외 1건", "60,000원", "결제 완료",
                "주문 1건").doesNotContain("홍길동");

        String pending = mvc.perform(get("/admin/orders").cookie(staff).param("state", "PAYMENT_PENDING")
                .param("number", paid.orderNumber())).andReturn().getResponse().getContentAsString();
        assertThat(pending).contains("조건에 맞는 주문이 없습니다.");
        String today = paid.orderNumber().substring(0, 4) + "-" + paid.orderNumber().substring(4, 6) + "-"
                + paid.orderNumber().substring(6, 8);
        String byDay = mvc.perform(get("/admin/orders").cookie(staff).param("from", today).param("to", today)
                .param("state", "PAID")).andReturn().getResponse().getContentAsString();
        assertThat(byDay).contains(paid.orderNumber());
        String yesterday = java.time.LocalDate.parse(today).minusDays(1).toString();
        assertThat(mvc.perform(get("/admin/orders").cookie(staff).param("to", yesterday).param("number", paid.orderNumber()))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/admin/orders/" + paid.orderNumber());
    }

    @Test
    void staff_prepare_cancel_a_line_and_then_the_order_and_every_step_is_in_the_history() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        PlacedOrder paid = paidOrderOfTwoLines(fixture);
        String page = "/admin/orders/" + paid.orderNumber();

        String detail = mvc.perform(get(page).cookie(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("홍길동", "서울특별시 중구 세종대로 110", "배송 준비 시작", "주문 전체 취소", "선택 상품 취소",
                "결제 확인");

        mvc.perform(post(page + "/prepare").cookie(staff).with(csrf())).andExpect(redirectedUrl(page));
        MvcResult lineCancelled = mvc.perform(post(page + "/cancel-lines").cookie(staff).with(csrf()).param("line", "2")
                .param("reason", "L 사이즈 불량")).andExpect(redirectedUrl(page)).andReturn();
        assertThat(lineCancelled.getFlashMap().get("done")).isEqualTo("cancel-lines");
        assertThat(fixture.stock(fixture.sku("duo-L"))).isEqualTo(5);
        assertThat(fixture.stock(fixture.sku("duo-S"))).isEqualTo(4);

        mvc.perform(post(page + "/cancel").cookie(staff).with(csrf()).param("reason", "고객 요청"));

        OrderDetail order = orders.detail(paid.orderNumber()).orElseThrow();
        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(order.refundedAmount()).isEqualTo(Money.won(60_000));
        // Refund outcomes are noted in the history too, after commit (this order was marked paid without a payment).
        assertThat(order.history()).filteredOn(h -> !h.action().startsWith("REFUND"))
                .extracting(h -> h.action() + " " + h.actorName() + " " + h.reason())
                .containsExactly("PLACE shopper null", "PAY payment null", "PREPARE admin null",
                        "CANCEL_LINES admin L 사이즈 불량", "CANCEL admin 고객 요청");
        String history = mvc.perform(get(page).cookie(staff)).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("부분 취소", "2번 상품", "L 사이즈 불량", "운영자 admin", "이 상태에서 할 수 있는 처리가 없습니다.");
    }

    @Test
    void an_action_the_state_does_not_allow_is_refused_with_a_message() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("unpaid", 10_000, 5);
        PlacedOrder pending = checkout.place(fixture.guestCartWith(fixture.sku("unpaid-M"), 1), OrderFixture.guestCheckout("1234"));

        MvcResult refused = mvc.perform(post("/admin/orders/" + pending.orderNumber() + "/prepare").cookie(staff).with(csrf()))
                .andReturn();

        assertThat(refused.getFlashMap().get("problem")).isEqualTo("illegal-transition");
        assertThat((String) refused.getFlashMap().get("problemDetail")).contains("PAYMENT_PENDING and cannot be prepared");
        assertThat(orders.detail(pending.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.PAYMENT_PENDING);
    }

    @Test
    void the_order_pages_need_a_staff_login() throws Exception {
        mvc.perform(get("/admin/orders")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/shipping/settings")).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void the_list_finds_orders_by_payment_method_and_by_the_orderers_phone_or_name_and_no_others() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        String name = "검색" + fixture.suffix;
        String phone = newPhone();
        PlacedOrder byCard = placedBy(fixture, "card", name, phone);
        PlacedOrder byAccount = placedBy(fixture, "account", name, phone);
        payIntoVirtualAccount(byAccount);
        PlacedOrder someoneElse = placedBy(fixture, "other", "다른" + fixture.suffix, newPhone());

        String byPhone = list(staff, "orderer", phone.replace("-", ""));
        assertThat(byPhone).contains(link(byCard), link(byAccount)).doesNotContain(link(someoneElse));
        assertThat(byPhone).contains("신용카드", "가상계좌", "주문 2건");
        String byPlusEightyTwo = list(staff, "orderer", "+82 " + phone.substring(1));
        assertThat(byPlusEightyTwo).contains(link(byCard), link(byAccount)).doesNotContain(link(someoneElse));
        String byName = list(staff, "orderer", " 검색 " + fixture.suffix);
        assertThat(byName).contains(link(byCard), link(byAccount)).doesNotContain(link(someoneElse));
        // Exact matches only: a blind index cannot tell what a name begins with.
        assertThat(list(staff, "orderer", "검색")).doesNotContain(link(byCard));

        String accounts = mvc.perform(get("/admin/orders").cookie(staff).param("orderer", phone)
                .param("method", "VIRTUAL_ACCOUNT")).andReturn().getResponse().getContentAsString();
        assertThat(accounts).contains(link(byAccount)).doesNotContain(link(byCard));
        String cards = mvc.perform(get("/admin/orders").cookie(staff).param("orderer", name)
                .param("method", "CARD")).andReturn().getResponse().getContentAsString();
        assertThat(cards).contains(link(byCard)).doesNotContain(link(byAccount), link(someoneElse));
        assertThat(mvc.perform(get("/admin/orders").cookie(staff).param("method", "VIRTUAL_ACCOUNT")
                .param("number", byAccount.orderNumber())).andReturn().getResponse().getContentAsString())
                .contains(link(byAccount), "name=\"method\"", "name=\"orderer\"");
    }

    @Test
    void staff_confirm_a_virtual_account_deposit_by_hand_and_the_order_is_paid_as_by_the_gateway() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        PlacedOrder waiting = placedBy(fixture, "deposit", "입금" + fixture.suffix, newPhone());
        payIntoVirtualAccount(waiting);
        String page = "/admin/orders/" + waiting.orderNumber();
        assertThat(mvc.perform(get(page).cookie(staff)).andReturn().getResponse().getContentAsString())
                .contains("가상계좌", "입금 확인", "/confirm-deposit");

        MvcResult confirmed = mvc.perform(post(page + "/confirm-deposit").cookie(staff).with(csrf())
                .param("note", "입금자 김입금")).andExpect(redirectedUrl(page)).andReturn();

        assertThat(confirmed.getFlashMap().get("done")).isEqualTo("confirm-deposit");
        OrderDetail paid = orders.detail(waiting.orderNumber()).orElseThrow();
        assertThat(paid.state()).isEqualTo(OrderState.PAID);
        assertThat(paid.paidAt()).isNotNull();
        assertThat(paid.depositConfirmable()).isFalse();
        assertThat(paid.history()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CONFIRM_DEPOSIT");
            assertThat(entry.from()).isEqualTo(OrderState.PAYMENT_PENDING);
            assertThat(entry.to()).isEqualTo(OrderState.PAID);
            assertThat(entry.initiator()).isEqualTo(Initiator.STAFF);
            assertThat(entry.actorName()).isEqualTo("admin");
            assertThat(entry.reason()).isEqualTo("입금자 김입금");
        });
        // The same paid flow as a gateway's confirmation: OrderPaid goes out (mail, points and webhooks listen to it).
        await().atMost(Duration.ofSeconds(15)).until(() -> events.of(OrderPaid.class).stream()
                .anyMatch(event -> event.orderNumber().equals(waiting.orderNumber())));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'order.deposit-confirmed'"
                + " and target_id = ?", Integer.class, waiting.orderNumber())).isEqualTo(1);
        assertThat(mvc.perform(get(page).cookie(staff)).andReturn().getResponse().getContentAsString())
                .contains("입금 확인", "운영자 admin", "입금자 김입금").doesNotContain("/confirm-deposit\"");

        MvcResult twice = mvc.perform(post(page + "/confirm-deposit").cookie(staff).with(csrf())).andReturn();
        assertThat(twice.getFlashMap().get("problem")).isEqualTo("illegal-transition");

        // The gateway holds none of this money: a refund is left to staff rather than reported done.
        orders.cancel(waiting.orderNumber(), io.tunemall.order.api.Actor.staff("admin"), "품절");
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(waiting.orderNumber()).stream()
                .anyMatch(refund -> refund.state() == RefundState.FAILED
                        && "refund-by-hand".equals(refund.failureCode())));
    }

    @Test
    void a_card_order_waiting_for_payment_cannot_have_its_deposit_confirmed() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        PlacedOrder card = placedBy(fixture, "cardwait", "카드" + fixture.suffix, newPhone());
        assertThat(orders.detail(card.orderNumber()).orElseThrow().paymentMethod()).isEqualTo("CARD");
        String page = "/admin/orders/" + card.orderNumber();
        assertThat(mvc.perform(get(page).cookie(staff)).andReturn().getResponse().getContentAsString())
                .doesNotContain("/confirm-deposit");

        MvcResult refused = mvc.perform(post(page + "/confirm-deposit").cookie(staff).with(csrf())).andReturn();

        assertThat(refused.getFlashMap().get("problem")).isEqualTo("deposit-not-cash");
        OrderDetail still = orders.detail(card.orderNumber()).orElseThrow();
        assertThat(still.state()).isEqualTo(OrderState.PAYMENT_PENDING);
        assertThat(still.history()).extracting(entry -> entry.action()).containsExactly("PLACE");
        String shown = mvc.perform(get(page).cookie(staff).flashAttr("problem", "deposit-not-cash")
                .flashAttr("problemDetail", "x")).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("입금 확인은 계좌이체·가상계좌로 결제를 기다리는 주문만 할 수 있습니다.");
    }

    /** A guest order of one unit of a new product, by an orderer with the given name and phone. */
    private PlacedOrder placedBy(OrderFixture fixture, String product, String name, String phone) {
        fixture.product(product, 10_000, 5);
        return checkout.place(fixture.guestCartWith(fixture.sku(product + "-M"), 1), new CheckoutRequest(
                new Orderer(name, phone, null), new ShippingAddress("김수령", "010-9876-5432", "04524",
                        "서울특별시 중구 세종대로 110", "3층"), null, "1234", Money.ZERO, null, null,
                UUID.randomUUID().toString(), Locale.KOREAN));
    }

    /** The shopper switches to a virtual account at the test gateway; the order then waits for the deposit. */
    private void payIntoVirtualAccount(PlacedOrder placed) throws Exception {
        PaymentStart start = gateway.begin(PaymentOrder.of(placed.orderNumber(), "가상계좌 주문", placed.chargedAmount(),
                "홍길동", null, null, "/checkout/payment/success", "/checkout/payment/fail", PaymentMethod.VIRTUAL_ACCOUNT));
        String location = mvc.perform(post(start.approval().redirectUrl() + "/approve").with(csrf())).andReturn()
                .getResponse().getRedirectedUrl();
        String paymentKey = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams()
                .getFirst("paymentKey");
        PaymentResult issued = gateway.confirm(placed.orderNumber(), paymentKey, placed.chargedAmount());
        assertThat(issued.state()).isEqualTo(PaymentState.WAITING_FOR_DEPOSIT);
        // The order learns the method from VirtualAccountIssued, after commit through the outbox.
        await().atMost(Duration.ofSeconds(15)).until(() -> "VIRTUAL_ACCOUNT".equals(
                orders.detail(placed.orderNumber()).orElseThrow().paymentMethod()));
        assertThat(orders.detail(placed.orderNumber()).orElseThrow().depositConfirmable()).isTrue();
    }

    private String list(Cookie staff, String filter, String value) throws Exception {
        return mvc.perform(get("/admin/orders").cookie(staff).param(filter, value)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String link(PlacedOrder order) {
        return "/admin/orders/" + order.orderNumber() + "\"";
    }

    private static String newPhone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
    }
}
