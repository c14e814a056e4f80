package io.tunemall.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.Apps;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.ClaimView;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.CouponAdministration;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.staff.StaffFixture;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ClaimsAndCouponsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    Apps apps;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderAdministration orders;
    @Autowired
    Claims claims;
    @Autowired
    CouponAdministration coupons;

    @Test
    void an_app_reads_an_orders_claims_and_approves_collects_and_completes_a_return() throws Exception {
        AppFixture apps = new AppFixture(mvc, this.apps, json, new StaffFixture(staff, mvc).owner());
        String reader = apps.token(apps.register("리포트", AppScopes.ORDERS_READ));
        String writer = apps.token(apps.register("반품 센터", AppScopes.ORDERS_READ, AppScopes.ORDERS_WRITE));
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("claim-api", 30_000, 5);
        String orderNumber = new PaidOrders(context).paidGuestOrder(fixture, "pw-claim-api", fixture.sku("claim-api-M"));
        orders.prepare(orderNumber, Actor.staff("김운영"));
        orders.ship(orderNumber, Actor.staff("김운영"));
        orders.deliver(orderNumber, Actor.system("tracking"));
        ClaimView claim = claims.request(new ClaimRequest(orderNumber, ClaimKind.RETURN, List.of(1),
                ClaimReason.DEFECTIVE, "실밥이 풀렸어요"), Actor.shopper());

        mvc.perform(get("/api/v1/admin/orders/{n}/claims", orderNumber).header("Authorization", "Bearer " + reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(claim.id()))
                .andExpect(jsonPath("$[0].state").value("REQUESTED"))
                .andExpect(jsonPath("$[0].refundAmount").value(30_000));
        mvc.perform(post("/api/v1/admin/claims/{id}/approve", claim.id()).header("Authorization", "Bearer " + reader))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/claims/{id}/complete", claim.id()).header("Authorization", "Bearer " + writer))
                .andExpect(status().isConflict());

        for (String step : List.of("approve", "collect", "complete")) {
            mvc.perform(post("/api/v1/admin/claims/{id}/{step}", claim.id(), step)
                            .header("Authorization", "Bearer " + writer)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"" + step + " by app\"}"))
                    .andExpect(status().isOk());
        }

        assertThat(claims.ofOrder(orderNumber).get(0).state().name()).isEqualTo("COMPLETED");
        assertThat(fixture.stock(fixture.sku("claim-api-M"))).as("restocked").isEqualTo(5);
        mvc.perform(post("/api/v1/admin/claims/{id}/teleport", claim.id()).header("Authorization", "Bearer " + writer))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_app_lists_coupons_and_issues_one_to_a_member_within_the_members_limit() throws Exception {
        AppFixture apps = new AppFixture(mvc, this.apps, json, new StaffFixture(staff, mvc).owner());
        String crm = apps.token(apps.register("CRM", AppScopes.COUPONS_READ, AppScopes.COUPONS_WRITE));
        String ordersOnly = apps.token(apps.register("주문 전용", AppScopes.ORDERS_READ));
        long couponId = coupons.create(new CouponDraft("API 감사 쿠폰 " + System.nanoTime(), CouponKind.FIXED,
                Money.won(3_000), 0, null, Money.ZERO, Set.of(), Set.of(), Set.of(), null, null, 30, 1, null,
                CouponIssueMethod.MANUAL, null, true));
        long memberId = ThreadLocalRandom.current().nextLong(10_000_000_000L, 90_000_000_000L);
        jdbc.update("INSERT INTO member_account (id, status, joined_at, version) VALUES (?, 'ACTIVE', ?, 0)", memberId,
                LocalDateTime.now(ZoneOffset.UTC));

        mvc.perform(get("/api/v1/admin/coupons/{id}", couponId).header("Authorization", "Bearer " + crm))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("FIXED"))
                .andExpect(jsonPath("$.amount").value(3_000))
                .andExpect(jsonPath("$.issuedCount").value(0));
        mvc.perform(get("/api/v1/admin/coupons").header("Authorization", "Bearer " + ordersOnly))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/admin/coupons/{id}/issues", couponId).header("Authorization", "Bearer " + crm)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":" + memberId + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberCouponId").isNumber());
        mvc.perform(post("/api/v1/admin/coupons/{id}/issues", couponId).header("Authorization", "Bearer " + crm)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"memberId\":" + memberId + "}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/admin/coupons/{id}/issues", couponId).header("Authorization", "Bearer " + crm)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());

        assertThat(coupons.coupon(couponId).orElseThrow().issuedCount()).isEqualTo(1);
        mvc.perform(get("/api/v1/admin/coupons/{id}", couponId + 1_000_000).header("Authorization", "Bearer " + crm))
                .andExpect(status().isNotFound());
    }
}
