package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.ClaimState;
import io.tunemall.order.api.ClaimView;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.RefundState;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Staff run a return from the order page, which shows the claim, the refund and the payment log. */
@IntegrationTest
class AdminOrderClaimsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrderAdministration orders;
    @Autowired
    Claims claims;
    @Autowired
    OrderRefunds refunds;

    @Test
    void staff_approve_collect_and_complete_a_return_and_the_page_shows_claim_refund_and_payment_log() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("parka", 120_000, 4);
        String number = new PaidOrders(context).paidGuestOrder(fixture, "pw-a", fixture.sku("parka-M"));
        orders.prepare(number, Actor.staff("admin"));
        orders.ship(number, Actor.staff("admin"));
        orders.deliver(number, Actor.system("tracking"));
        ClaimView claim = claims.request(new ClaimRequest(number, ClaimKind.RETURN, List.of(1), ClaimReason.DEFECTIVE,
                "지퍼 불량"), Actor.shopper());
        String page = "/admin/orders/" + number;

        String requested = mvc.perform(get(page).cookie(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(requested).contains("반품·교환", "상품 불량", "지퍼 불량", "120,000원", "승인", "거부",
                "결제 로그", "CONFIRM", "SUCCEEDED");

        for (String step : List.of("approve", "collect", "complete")) {
            MvcResult result = mvc.perform(post(page + "/claims/" + claim.id() + "/" + step).cookie(staff).with(csrf())
                    .param("note", "검수 " + step)).andExpect(redirectedUrl(page)).andReturn();
            assertThat(result.getFlashMap().get("done")).isEqualTo("claim-" + step);
        }
        MvcResult again = mvc.perform(post(page + "/claims/" + claim.id() + "/approve").cookie(staff).with(csrf()))
                .andExpect(redirectedUrl(page)).andReturn();
        assertThat(again.getFlashMap().get("problem")).isEqualTo("claim-illegal-transition");

        assertThat(claims.ofOrder(number)).singleElement()
                .satisfies(view -> assertThat(view.state()).isEqualTo(ClaimState.COMPLETED));
        assertThat(fixture.stock(fixture.sku("parka-M"))).isEqualTo(4);
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(number).stream()
                .anyMatch(refund -> refund.state() == RefundState.DONE));
        String completed = mvc.perform(get(page).cookie(staff)).andReturn().getResponse().getContentAsString();
        assertThat(completed).contains("반품 완료", "반품·교환 승인", "회수 완료", "검수 approve", "환불", "완료", "CANCEL");
    }

    @Test
    void a_claim_of_another_order_is_not_found_from_this_orders_page() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("vest", 30_000, 4);
        String number = new PaidOrders(context).paidGuestOrder(fixture, "pw-b", fixture.sku("vest-M"));

        MvcResult result = mvc.perform(post("/admin/orders/" + number + "/claims/999999999/approve").cookie(staff)
                .with(csrf())).andReturn();

        assertThat(result.getFlashMap().get("problem")).isEqualTo("not-found");
    }
}
