package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimState;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.RefundState;
import io.tunemall.order.api.ShipmentRequest;
import io.tunemall.order.api.Shipments;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A guest who looked an order up (number, phone, password) may do with it what a member does on the my-page, for that
 * order only and in that browser session.
 */
@IntegrationTest
class GuestOrderLookupActionsTest {

    private static final String PHONE = "010-1234-5678";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrderAdministration orders;
    @Autowired
    OrderRefunds refunds;
    @Autowired
    Claims claims;
    @Autowired
    Shipments shipments;

    @Test
    void a_guest_cancels_the_order_they_looked_up_and_no_other() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("beanie", 15_000, 5);
        PaidOrders paid = new PaidOrders(context);
        String mine = paid.paidGuestOrder(fixture, "pw-mine", fixture.sku("beanie-M"));
        String notLookedUp = paid.paidGuestOrder(fixture, "pw-other", fixture.sku("beanie-M"));
        assertThat(fixture.stock(fixture.sku("beanie-M"))).isEqualTo(3);

        MvcResult found = lookUp(mine, "pw-mine");
        Cookie session = found.getResponse().getCookie("SESSION");
        assertThat(session).as("the look-up is remembered in the session").isNotNull();
        assertThat(found.getResponse().getContentAsString()).contains(mine, "주문 취소",
                "action=\"/orders/lookup/" + mine + "/cancel\"");

        mvc.perform(post("/orders/lookup/" + notLookedUp + "/cancel").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/orders/lookup"));
        mvc.perform(get("/orders/lookup/" + notLookedUp).cookie(session)).andExpect(redirectedUrl("/orders/lookup"));
        mvc.perform(post("/orders/lookup/" + mine + "/cancel").with(csrf())).andExpect(redirectedUrl("/orders/lookup"));
        assertThat(orders.detail(notLookedUp).orElseThrow().state()).isEqualTo(OrderState.PAID);
        assertThat(orders.detail(mine).orElseThrow().state()).isEqualTo(OrderState.PAID);

        MvcResult cancelled = mvc.perform(post("/orders/lookup/" + mine + "/cancel").cookie(session).with(csrf())
                .param("reason", "주소 잘못 입력")).andExpect(redirectedUrl("/orders/lookup/" + mine)).andReturn();

        assertThat(cancelled.getFlashMap().get("done")).isEqualTo("cancel");
        assertThat(orders.detail(mine).orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
        assertThat(orders.detail(notLookedUp).orElseThrow().state()).isEqualTo(OrderState.PAID);
        assertThat(fixture.stock(fixture.sku("beanie-M"))).isEqualTo(4);
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(mine).stream()
                .anyMatch(refund -> refund.state() == RefundState.DONE));
        assertThat(mvc.perform(get("/orders/lookup/" + mine).cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(mine, "<strong>주문 취소</strong>")
                .doesNotContain("/cancel\"");
    }

    @Test
    void a_guest_asks_to_return_a_delivered_order_and_confirms_the_purchase_of_another() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("glove", 22_000, 5);
        PaidOrders paid = new PaidOrders(context);
        String toReturn = delivered(paid.paidGuestOrder(fixture, "pw-1", fixture.sku("glove-M")));
        String toKeep = delivered(paid.paidGuestOrder(fixture, "pw-2", fixture.sku("glove-M")));

        Cookie session = lookUp(toReturn, "pw-1").getResponse().getCookie("SESSION");
        assertThat(mvc.perform(get("/orders/lookup/" + toReturn).cookie(session)).andReturn().getResponse()
                .getContentAsString()).contains("반품·교환 신청", "구매 확정", "한진택배");
        mvc.perform(post("/orders/lookup/" + toReturn + "/claims").cookie(session).with(csrf()).param("kind", "RETURN")
                .param("line", "1").param("reason", "DEFECTIVE").param("message", "실밥이 풀림"))
                .andExpect(redirectedUrl("/orders/lookup/" + toReturn));
        assertThat(claims.ofOrder(toReturn)).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.RETURN);
            assertThat(claim.state()).isEqualTo(ClaimState.REQUESTED);
        });
        mvc.perform(post("/orders/lookup/" + toKeep + "/confirm").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/orders/lookup"));
        assertThat(orders.detail(toKeep).orElseThrow().state()).isEqualTo(OrderState.DELIVERED);

        // Looking up the second order in the same session adds it; the first stays looked up.
        lookUpIn(session, toKeep, "pw-2");
        mvc.perform(post("/orders/lookup/" + toKeep + "/confirm").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/orders/lookup/" + toKeep));
        assertThat(orders.detail(toKeep).orElseThrow().state()).isEqualTo(OrderState.PURCHASE_CONFIRMED);
        assertThat(mvc.perform(get("/orders/lookup/" + toReturn).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("신청됨");
    }

    private String delivered(String orderNumber) {
        shipments.ship(orderNumber, new ShipmentRequest("HANJIN", "5088" + orderNumber.replaceAll("\\D", "").substring(8),
                List.of()), Actor.staff("admin"));
        orders.deliver(orderNumber, Actor.system("tracking"));
        return orderNumber;
    }

    private MvcResult lookUp(String orderNumber, String password) throws Exception {
        return mvc.perform(post("/orders/lookup").with(csrf()).param("orderNumber", orderNumber).param("phone", PHONE)
                .param("password", password)).andExpect(status().isOk()).andReturn();
    }

    private void lookUpIn(Cookie session, String orderNumber, String password) throws Exception {
        mvc.perform(post("/orders/lookup").cookie(session).with(csrf()).param("orderNumber", orderNumber)
                .param("phone", PHONE).param("password", password)).andExpect(status().isOk());
    }
}
