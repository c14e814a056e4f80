package io.tunemall.member;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.GiftCardAdministration;
import io.tunemall.member.api.GiftCardBatchDraft;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The my-page points: balance, history and a gift card redeemed into points by the logged-in member. */
@IntegrationTest
class MyPointsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    GiftCardAdministration giftCardAdmin;
    @Autowired
    ShopClock clock;

    @Test
    void a_member_redeems_a_gift_card_into_points_and_sees_balance_and_history() throws Exception {
        String email = Shoppers.newEmail("points");
        Shoppers.signUp(signUps, email);
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);
        String code = giftCardAdmin.issue(new GiftCardBatchDraft(1, new Money(25_000), clock.today().plusDays(90),
                "my-page"), "owner").codes().get(0).code();

        mvc.perform(get("/mypage/points").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0원")))
                .andExpect(content().string(containsString("아직 내역이 없습니다.")));

        mvc.perform(post("/mypage/points/gift-card").param("code", code).cookie(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/mypage/points/gift-card").param("code", code).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/mypage/points"));

        mvc.perform(get("/mypage/points").cookie(session))
                .andExpect(content().string(containsString("25,000원")))
                .andExpect(content().string(containsString("상품권 전환")))
                .andExpect(content().string(containsString("+25,000")))
                .andExpect(content().string(not(containsString("아직 내역이 없습니다."))));

        // Sending the form twice answers the first redemption; the points are not doubled.
        mvc.perform(post("/mypage/points/gift-card").param("code", code).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/mypage/points"));
        mvc.perform(get("/mypage/points").cookie(session))
                .andExpect(content().string(containsString("25,000원")))
                .andExpect(content().string(not(containsString("50,000"))));

        String other = Shoppers.newEmail("points-other");
        Shoppers.signUp(signUps, other);
        Cookie otherSession = Shoppers.login(mvc, other, Shoppers.PASSWORD);
        mvc.perform(post("/mypage/points/gift-card").param("code", code).cookie(otherSession).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이미 사용한 상품권입니다.")));
        mvc.perform(post("/mypage/points/gift-card").param("code", "NOT-A-CODE").cookie(session).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("This is not a valid gift card code")));
        mvc.perform(get("/mypage/points").cookie(session).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Points available")))
                .andExpect(content().string(containsString("₩25,000")));
    }

    @Test
    void the_points_page_needs_a_logged_in_member() throws Exception {
        mvc.perform(get("/mypage/points")).andExpect(redirectedUrl("/login"));
    }
}
