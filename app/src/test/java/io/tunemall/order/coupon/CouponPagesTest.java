package io.tunemall.order.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import io.tunemall.order.api.CouponAdministration;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.CouponRow;
import io.tunemall.order.api.Coupons;
import io.tunemall.order.api.MemberCouponView;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The owner's coupon pages, the shopper's download and my-page, and coupons issued on sign-up and birthdays. */
@IntegrationTest
class CouponPagesTest {

    static final String PASSWORD = "Secret-pass-123";

    @Autowired
    MockMvc mvc;
    @Autowired
    CouponAdministration admin;
    @Autowired
    Coupons coupons;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    BirthdayCoupons birthdays;
    @Autowired
    ShopClock clock;

    final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void the_owner_creates_a_percent_coupon_and_sees_it_listed_with_its_counts() throws Exception {
        Cookie owner = staffLogin();
        String name = "가을 10% " + unique;

        String location = mvc.perform(post("/admin/coupons").cookie(owner).with(csrf()).param("name", name)
                        .param("kind", "PERCENT").param("percent", "10").param("cap", "5,000")
                        .param("minimumAmount", "30000").param("categoryIds", "3, 5").param("validDays", "14")
                        .param("perMemberLimit", "1").param("totalLimit", "100").param("issueMethod", "DOWNLOAD")
                        .param("combinesWithGrade", "false"))
                .andExpect(redirectedUrlPattern("/admin/coupons/*")).andReturn().getResponse().getRedirectedUrl();

        CouponRow saved = admin.coupon(Long.parseLong(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
        assertThat(saved.draft().kind()).isEqualTo(CouponKind.PERCENT);
        assertThat(saved.draft().basisPoints()).isEqualTo(1000);
        assertThat(saved.draft().cap()).isEqualTo(Money.won(5_000));
        assertThat(saved.draft().categoryIds()).containsExactlyInAnyOrder(3L, 5L);
        assertThat(saved.draft().validDays()).isEqualTo(14);
        assertThat(saved.draft().combinesWithGrade()).isFalse();
        assertThat(page(get("/admin/coupons"), owner)).contains(name, "10% 할인", "다운로드", "0 / 100");
        assertThat(page(get(location).param("lang", "en"), owner)).contains("Issue to a member", "value=\"5000\"");
    }

    @Test
    void a_coupon_form_with_bad_values_says_what_is_wrong_next_to_each_field() throws Exception {
        Cookie owner = staffLogin();

        String page = page(post("/admin/coupons").with(csrf()).param("name", "").param("kind", "FIXED")
                .param("amount", "삼천원").param("perMemberLimit", "1").param("issueMethod", "DOWNLOAD"), owner);

        assertThat(page).contains("원 단위 숫자로 입력해 주세요.");
        String second = page(post("/admin/coupons").with(csrf()).param("name", "").param("kind", "PERCENT")
                .param("percent", "0").param("perMemberLimit", "0").param("issueMethod", "GRADE"), owner);
        assertThat(second).contains("필수 항목입니다.", "0보다 크고 100 이하인", "1 이상으로",
                "등급 달성 발급에는 등급 코드가 필요합니다.");
    }

    @Test
    void a_member_downloads_a_coupon_once_and_finds_it_on_the_my_page() throws Exception {
        long couponId = admin.create(draft("다운로드 2천원 " + unique, CouponIssueMethod.DOWNLOAD));
        String email = "coupon-" + unique + "@example.com";
        long member = signUp(email, LocalDate.of(1990, 5, 17));
        Cookie shopper = mvc.perform(post("/login").param("email", email).param("password", PASSWORD).with(csrf()))
                .andReturn().getResponse().getCookie("SESSION");

        assertThat(page(get("/coupons"), null)).contains("다운로드 2천원 " + unique, "로그인하고 받기");
        mvc.perform(post("/coupons/" + couponId + "/download").cookie(shopper).with(csrf()))
                .andExpect(redirectedUrl("/coupons"));
        mvc.perform(post("/coupons/" + couponId + "/download").cookie(shopper).with(csrf()))
                .andExpect(redirectedUrl("/coupons"));

        assertThat(coupons.mine(member)).extracting(MemberCouponView::name).containsExactly("다운로드 2천원 " + unique);
        assertThat(page(get("/coupons"), shopper)).contains("받은 쿠폰");
        assertThat(page(get("/mypage/coupons"), shopper)).contains("다운로드 2천원 " + unique, "2,000원 할인", "사용 가능");
        assertThat(admin.coupon(couponId).orElseThrow().issuedCount()).isEqualTo(1);
    }

    @Test
    void a_new_member_gets_the_sign_up_coupon_once() {
        long couponId = admin.create(draft("가입 축하 " + unique, CouponIssueMethod.SIGN_UP));
        try {
            long member = signUp("joined-" + unique + "@example.com", LocalDate.of(1991, 1, 2));

            await().atMost(Duration.ofSeconds(20)).until(() -> coupons.mine(member).stream()
                    .anyMatch(c -> c.name().equals("가입 축하 " + unique)));
            assertThat(coupons.mine(member)).filteredOn(c -> c.name().equals("가입 축하 " + unique)).hasSize(1);
        } finally {
            admin.deactivate(couponId);
        }
    }

    @Test
    void the_birthday_job_issues_one_copy_per_member_and_year() {
        LocalDate today = clock.today();
        LocalDate born = LocalDate.of(1992, today.getMonthValue(), today.getMonthValue() == 2 && today.getDayOfMonth() == 29
                ? 28 : today.getDayOfMonth());
        long couponId = admin.create(draft("생일 " + unique, CouponIssueMethod.BIRTHDAY));
        try {
            long member = signUp("birthday-" + unique + "@example.com", born);
            long other = signUp("not-birthday-" + unique + "@example.com", born.plusDays(2));

            birthdays.issueFor(today);
            birthdays.issueFor(today);

            assertThat(coupons.mine(member)).filteredOn(c -> c.name().equals("생일 " + unique)).hasSize(1);
            assertThat(coupons.mine(other)).filteredOn(c -> c.name().equals("생일 " + unique)).isEmpty();
        } finally {
            admin.deactivate(couponId);
        }
    }

    private CouponDraft draft(String name, CouponIssueMethod method) {
        return new CouponDraft(name, CouponKind.FIXED, Money.won(2_000), 0, null, null, Set.of(), Set.of(), Set.of(),
                null, null, 30, 1, null, method, null, true);
    }

    private long signUp(String email, LocalDate birthDate) {
        return signUps.signUp(new SignUp(email, PASSWORD, "홍길동", "010-1234-5678", birthDate,
                EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY), null));
    }

    private Cookie staffLogin() throws Exception {
        return mvc.perform(formLogin("/admin/login").user("admin").password("it-owner-password")).andReturn()
                .getResponse().getCookie("SESSION");
    }

    private String page(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
