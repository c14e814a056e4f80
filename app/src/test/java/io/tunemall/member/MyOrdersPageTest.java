package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.admin.StaffSession;
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
import io.tunemall.order.api.ShipmentRejected;
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
 * The member's orders on the my-page: list, detail with parcels, cancel with refund, cancel request while preparing,
 * return request, purchase confirmation.
 */
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
    @Autowired
    Shipments shipments;

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
        assertThat(detail).contains("tote " + fixture.suffix, "주문 취소");
        mvc.perform(post("/mypage/orders/" + toCancel + "/cancel").cookie(session).with(csrf()).param("reason", "잘못 주문"))
                .andExpect(redirectedUrl("/mypage/orders/" + toCancel));
        assertThat(orders.detail(toCancel).orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(toCancel).stream()
                .anyMatch(refund -> refund.state() == RefundState.DONE));

        shipments.ship(toReturn, new ShipmentRequest("HANJIN", "508812345678", List.of()), Actor.staff("admin"));
        MvcResult tooLate = mvc.perform(post("/mypage/orders/" + toReturn + "/cancel").cookie(session).with(csrf()))
                .andReturn();
        assertThat(tooLate.getFlashMap().get("problem")).isEqualTo("cancel-not-allowed");
        assertThat(mvc.perform(get("/mypage/orders/" + toReturn).cookie(session)).andReturn().getResponse()
                .getContentAsString()).contains("배송 조회", "한진택배", "송장번호 508812345678", "배송 조회하기",
                        "href=\"https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&amp;schLang=KR&amp;wblnumText2=508812345678\"")
                .doesNotContain("주문 취소");
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

    @Test
    void a_member_asks_to_cancel_an_order_being_prepared_and_staff_approval_cancels_it_and_restores_its_stock()
            throws Exception {
        String email = Shoppers.newEmail("cancelreq");
        long memberId = Shoppers.signUp(signUps, email);
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("scarf", 18_000, 5);
        fixture.product("mitten", 12_000, 5);
        PaidOrders paid = new PaidOrders(context);
        String approved = paid.paidMemberOrder(fixture, memberId, fixture.sku("scarf-M"));
        String rejected = paid.paidMemberOrder(fixture, memberId, fixture.sku("mitten-M"));
        orders.prepare(approved, Actor.staff("admin"));
        orders.prepare(rejected, Actor.staff("admin"));
        assertThat(fixture.stock(fixture.sku("scarf-M"))).isEqualTo(4);
        String page = "/mypage/orders/" + approved;
        assertThat(mvc.perform(get(page).cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("취소 요청", "쇼핑몰이 확인한 뒤 취소하고 환불합니다");

        MvcResult requested = mvc.perform(post(page + "/cancel").cookie(session).with(csrf()).param("reason", "마음이 바뀜"))
                .andExpect(redirectedUrl(page)).andReturn();

        assertThat(requested.getFlashMap().get("done")).isEqualTo("cancel-requested");
        assertThat(orders.detail(approved).orElseThrow().state()).isEqualTo(OrderState.PREPARING);
        assertThat(fixture.stock(fixture.sku("scarf-M"))).as("nothing given back before staff decide").isEqualTo(4);
        long claimId = claims.ofOrder(approved).stream().filter(claim -> claim.kind() == ClaimKind.CANCEL)
                .filter(claim -> claim.state() == ClaimState.REQUESTED).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> shipments.ship(approved, new ShipmentRequest("CJ", "111122223333", List.of()),
                Actor.staff("admin"))).isInstanceOf(ShipmentRejected.class).hasMessageContaining("cancel request");
        MvcResult twice = mvc.perform(post(page + "/cancel").cookie(session).with(csrf())).andReturn();
        assertThat(twice.getFlashMap().get("problem")).isEqualTo("claim-open");
        assertThat(mvc.perform(get(page).cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("취소 요청을 쇼핑몰이 확인하고 있습니다.");

        assertThat(mvc.perform(get("/admin/orders").cookie(staff).param("number", approved)).andReturn().getResponse()
                .getContentAsString()).contains("요청 확인 필요");
        assertThat(mvc.perform(get("/admin/orders/" + approved).cookie(staff)).andReturn().getResponse()
                .getContentAsString()).contains("취소 요청", "취소 요청 중", "/claims/" + claimId + "/approve");

        mvc.perform(post("/admin/orders/" + approved + "/claims/" + claimId + "/approve").cookie(staff).with(csrf())
                .param("note", "출고 전 취소")).andExpect(redirectedUrl("/admin/orders/" + approved));

        assertThat(orders.detail(approved).orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
        assertThat(fixture.stock(fixture.sku("scarf-M"))).isEqualTo(5);
        assertThat(claims.ofOrder(approved)).singleElement()
                .satisfies(claim -> assertThat(claim.state()).isEqualTo(ClaimState.COMPLETED));
        assertThat(orders.detail(approved).orElseThrow().history()).extracting(h -> h.action())
                .containsSubsequence("PREPARE", "CLAIM_REQUEST", "CLAIM_APPROVE", "CANCEL");
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(approved).stream()
                .anyMatch(refund -> refund.state() == RefundState.DONE));

        mvc.perform(post("/mypage/orders/" + rejected + "/cancel").cookie(session).with(csrf()));
        long rejectedClaim = claims.ofOrder(rejected).get(0).id();
        mvc.perform(post("/admin/orders/" + rejected + "/claims/" + rejectedClaim + "/reject").cookie(staff).with(csrf())
                .param("note", "이미 포장 완료"));
        assertThat(orders.detail(rejected).orElseThrow().state()).isEqualTo(OrderState.PREPARING);
        assertThat(fixture.stock(fixture.sku("mitten-M"))).isEqualTo(4);
        assertThat(shipments.ship(rejected, new ShipmentRequest("CJ", "111122224444", List.of()), Actor.staff("admin"))
                .trackingNumber()).isEqualTo("111122224444");
    }
}
