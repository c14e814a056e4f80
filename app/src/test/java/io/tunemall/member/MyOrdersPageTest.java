package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.MemberSignUp;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimState;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.RefundState;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The member's orders on the my-page: list, detail, cancel with refund, return request, purchase confirmation. */
@IntegrationTest
class MyOrdersPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrderAdministration orders;
    @Autowired
    OrderRefunds refunds;
    @Autowired
    Claims claims;

    @Test
    void a_member_sees_only_their_orders_cancels_a_paid_one_and_asks_to_return_a_delivered_one() throws Exception {
        String email = Shoppers.newEmail("orders");
        long memberId = Shoppers.signUp(signUps, email);
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("tote", 16_000, 5);
        fixture.product("cap", 21_000, 5);
        PaidOrders paid = new PaidOrders(context);
        String toCancel = paid.paidMemberOrder(fixture, memberId, fixture.sku("tote-M"));
        String toReturn = paid.paidMemberOrder(fixture, memberId, fixture.sku("cap-M"));
        String someoneElses = paid.paidGuestOrder(fixture, "pw-x", fixture.sku("cap-M"));

        String list = mvc.perform(get("/mypage/orders").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains(toCancel, toReturn).doesNotContain(someoneElses);
        assertThat(list.indexOf(toReturn)).as("newest first").isLessThan(list.indexOf(toCancel));
        mvc.perform(get("/mypage/orders/" + someoneElses).cookie(session)).andExpect(status().isNotFound());

        String detail = mvc.perform(get("/mypage/orders/" + toCancel).cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("tote " + fixture.suffix, "주문 취소", "SHIPMENTS");
        mvc.perform(post("/mypage/orders/" + toCancel + "/cancel").cookie(session).with(csrf()).param("reason", "잘못 주문"))
                .andExpect(redirectedUrl("/mypage/orders/" + toCancel));
        assertThat(orders.detail(toCancel).orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(toCancel).stream()
                .anyMatch(refund -> refund.state() == RefundState.DONE));

        orders.prepare(toReturn, Actor.staff("admin"));
        MvcResult tooLate = mvc.perform(post("/mypage/orders/" + toReturn + "/cancel").cookie(session).with(csrf()))
                .andReturn();
        assertThat(tooLate.getFlashMap().get("problem")).isEqualTo("cancel-needs-staff");
        orders.ship(toReturn, Actor.staff("admin"));
        orders.deliver(toReturn, Actor.system("tracking"));
        assertThat(mvc.perform(get("/mypage/orders/" + toReturn).cookie(session)).andReturn().getResponse()
                .getContentAsString()).contains("반품·교환 신청", "구매 확정");
        mvc.perform(post("/mypage/orders/" + toReturn + "/claims").cookie(session).with(csrf()).param("kind", "RETURN")
                .param("line", "1").param("reason", "CHANGE_OF_MIND").param("message", "생각보다 커요"))
                .andExpect(redirectedUrl("/mypage/orders/" + toReturn));

        assertThat(claims.ofOrder(toReturn)).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.RETURN);
            assertThat(claim.state()).isEqualTo(ClaimState.REQUESTED);
            assertThat(claim.message()).isEqualTo("생각보다 커요");
        });
        String withClaim = mvc.perform(get("/mypage/orders/" + toReturn).cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(withClaim).contains("신청됨", "환불 예정 15,000원").doesNotContain(">구매 확정<");
    }
}
