package io.tunemall.benefit;

import static io.tunemall.benefit.BenefitFixtures.newMember;
import static io.tunemall.sdk.Money.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.GiftCards;
import io.tunemall.member.api.GradeAdministration;
import io.tunemall.member.api.GradeTier;
import io.tunemall.member.api.PointLedger;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The grade, point and gift card pages of the admin console, in Korean and English, and who may write there. */
@IntegrationTest
class AdminBenefitPagesTest {

    static final String OWNER_PASSWORD = "it-owner-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    GradeAdministration grades;
    @Autowired
    PointLedger points;
    @Autowired
    GiftCards giftCards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ShopClock clock;

    Cookie owner;
    String unique;

    @BeforeEach
    void logIn() throws Exception {
        owner = login("admin", OWNER_PASSWORD);
        unique = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void the_owner_adds_a_grade_with_percentages_and_sees_it_in_both_languages() throws Exception {
        int level = grades.tiers().stream().mapToInt(GradeTier::level).max().orElse(0) + 5;
        assertThat(page(get("/admin/grades"))).contains("회원 등급", "BASIC", "일반", "href=\"/admin/gift-cards\"",
                "href=\"/admin/points\"");

        mvc.perform(post("/admin/grades").cookie(owner).with(csrf())
                        .param("code", "vip-" + unique).param("name", "VIP " + unique).param("level", "" + level)
                        .param("discountPercent", "2.5").param("pointRatePercent", "3")
                        .param("minimumPaid", "5,000,000").param("freeShipping", "true"))
                .andExpect(redirectedUrl("/admin/grades"));

        GradeTier vip = grades.tiers().stream().filter(t -> t.code().equals("VIP-" + unique)).findFirst().orElseThrow();
        assertThat(vip.discountBps()).isEqualTo(250);
        assertThat(vip.pointRateBps()).isEqualTo(300);
        assertThat(vip.minimumPaid()).isEqualTo(won(5_000_000));
        assertThat(vip.freeShipping()).isTrue();
        assertThat(page(get("/admin/grades/" + vip.id()))).contains("value=\"2.5\"", "value=\"5000000\"", "readonly");
        assertThat(page(get("/admin/grades").param("lang", "en"))).contains("Member grades", "VIP " + unique,
                "₩5,000,000", "Re-grade now");
    }

    @Test
    void a_grade_form_with_bad_values_says_what_is_wrong_next_to_each_field() throws Exception {
        String typed = page(post("/admin/grades").with(csrf()).param("code", "X" + unique).param("name", "")
                .param("level", "x").param("discountPercent", "101").param("pointRatePercent", "1.234")
                .param("minimumPaid", "삼십만"));
        assertThat(typed).contains("숫자로 입력해 주세요.", "0~100 사이의 숫자로, 소수점 둘째 자리까지 입력해 주세요.",
                "원 단위 숫자로 입력해 주세요.", "value=\"삼십만\"");

        String rules = page(post("/admin/grades").with(csrf()).param("code", "BASIC").param("name", " ")
                .param("level", "0").param("discountPercent", "0").param("pointRatePercent", "1"));
        assertThat(rules).contains("코드 BASIC은(는) 이미 사용 중입니다.", "필수 항목입니다.",
                "순위 0은(는) 이미 &#39;일반&#39; 등급이 쓰고 있습니다.");
    }

    @Test
    void staff_regrade_now_and_set_a_members_grade_by_hand() throws Exception {
        long member = newMember(jdbc);
        mvc.perform(post("/admin/grades/regrade").cookie(owner).with(csrf()))
                .andExpect(redirectedUrl("/admin/grades")).andExpect(flash().attribute("regradeRan", true));
        mvc.perform(post("/admin/points/expire").cookie(owner).with(csrf()))
                .andExpect(redirectedUrl("/admin/points")).andExpect(flash().attribute("expiryRan", true));
        assertThat(page(get("/admin/members/" + member + "/grade"))).contains("가입 후 변경 없음", "BASIC");
        GradeTier top = grades.tiers().get(0);

        mvc.perform(post("/admin/members/" + member + "/grade").cookie(owner).with(csrf())
                        .param("gradeId", "" + top.id()).param("note", "우수 리뷰어"))
                .andExpect(redirectedUrl("/admin/members/" + member + "/grade"));

        assertThat(page(get("/admin/members/" + member + "/grade"))).contains("수동 지정", "우수 리뷰어", "admin",
                "BASIC → " + top.code());
        assertThat(grades.gradeOf(member).manual()).isTrue();
        mvc.perform(get("/admin/grades/member").param("memberId", "abc").cookie(owner))
                .andExpect(redirectedUrl("/admin/grades"));
    }

    @Test
    void customer_service_adjusts_points_with_a_reason_and_cannot_deduct_more_than_there_is() throws Exception {
        long member = newMember(jdbc);
        String path = "/admin/members/" + member + "/points/adjustments";

        String missing = page(post(path).with(csrf()).param("deduct", "false").param("amount", "1,000"));
        assertThat(missing).contains("사유를 입력해 주세요.");

        mvc.perform(post(path).cookie(owner).with(csrf()).param("deduct", "false").param("amount", "1,000")
                        .param("validThrough", clock.today().plusDays(60).toString()).param("reason", "리뷰 이벤트"))
                .andExpect(redirectedUrl("/admin/members/" + member + "/points"));
        String tooMuch = page(post(path).with(csrf()).param("deduct", "true").param("amount", "5000")
                .param("reason", "회수"));

        assertThat(tooMuch).contains("보유 적립금 1,000원보다 많이 차감할 수 없습니다.");
        assertThat(points.balance(member).available()).isEqualTo(won(1000));
        String statement = page(get("/admin/members/" + member + "/points"));
        assertThat(statement).contains("1,000원", "운영자 조정", "리뷰 이벤트", clock.today().plusDays(60).toString());
        assertThat(page(get("/admin/points"))).contains("리뷰 이벤트", "/admin/members/" + member + "/points");
        assertThat(page(get("/admin/points").param("memberId", "12x"))).contains("회원 번호는 숫자입니다.");
        assertThat(page(get("/admin/members/" + member + "/points").param("lang", "en")))
                .contains("Points available", "₩1,000", "Staff adjustment");
    }

    @Test
    void issuing_a_batch_downloads_its_codes_once_as_csv_and_the_batch_page_follows_their_use() throws Exception {
        String csv = mvc.perform(post("/admin/gift-cards").cookie(owner).with(csrf()).param("name", "감사 " + unique)
                        .param("count", "3").param("faceValue", "10,000")
                        .param("validThrough", clock.today().plusDays(30).toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("\uFEFFserial,code,face_value_won,valid_through,batch,batch_name");
        String[] first = lines.get(1).split(",");
        long batchId = Long.parseLong(first[4]);
        long member = newMember(jdbc);
        giftCards.redeemToPoints(member, first[1]);

        String batch = page(get("/admin/gift-cards/" + batchId));
        assertThat(batch).contains("감사 " + unique, "1 / 3", "적립금 전환", "/admin/members/" + member + "/points",
                "····-····-····-" + first[1].substring(15));
        assertThat(batch).doesNotContain(first[1]);
        String[] second = lines.get(2).split(",");
        mvc.perform(post("/admin/gift-cards/" + batchId + "/cards/" + second[0] + "/void").cookie(owner).with(csrf())
                        .param("reason", "분실"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/admin/gift-cards").param("code", second[1].toLowerCase()))).contains("#" + second[0],
                "취소");
        assertThat(page(get("/admin/gift-cards").param("code", "AAAA-BBBB-CCCC-DDDD")))
                .contains("이 번호의 상품권이 없습니다.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gift_card WHERE batch_id = ? AND status = 'VOIDED'",
                Long.class, batchId)).isEqualTo(1);
    }

    @Test
    void a_bad_batch_form_stays_a_page_with_field_messages() throws Exception {
        String refused = page(post("/admin/gift-cards").with(csrf()).param("count", "0").param("faceValue", "")
                .param("validThrough", "2020-01-01"));

        assertThat(refused).contains("1~10,000장 사이로 입력해 주세요.", "0보다 큰 금액을 입력해 주세요.",
                "오늘이나 그 뒤의 날짜를 입력해 주세요.");
    }

    @Test
    void read_only_staff_see_benefit_pages_but_change_nothing_and_customer_service_only_adjusts_points()
            throws Exception {
        Cookie readOnly = login(staff("READ_ONLY"), "read-only-password");
        Cookie service = login(staff("CUSTOMER_SERVICE"), "read-only-password");
        long member = newMember(jdbc);

        mvc.perform(get("/admin/grades").cookie(readOnly)).andExpect(status().isOk());
        mvc.perform(post("/admin/members/" + member + "/points/adjustments").cookie(readOnly).with(csrf())
                .param("amount", "100").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/gift-cards").cookie(service).with(csrf()).param("count", "1")
                .param("faceValue", "1000")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/grades/regrade").cookie(service).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/members/" + member + "/points/adjustments").cookie(service).with(csrf())
                        .param("deduct", "false").param("amount", "100").param("reason", "보상"))
                .andExpect(redirectedUrl("/admin/members/" + member + "/points"));
        assertThat(points.balance(member).available()).isEqualTo(won(100));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(owner)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Cookie login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/admin/login").user(username).password(password))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private String staff(String role) {
        String username = role.toLowerCase() + "-" + unique.toLowerCase();
        jdbc.update("INSERT INTO staff_account (username, password_hash, display_name, role, enabled, created_at) "
                + "VALUES (?, ?, ?, ?, TRUE, ?)", username, passwords.encode("read-only-password"), role, role,
                Timestamp.from(clock.now()));
        return username;
    }
}
