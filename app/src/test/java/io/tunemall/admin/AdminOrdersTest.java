package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Map;
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
}
