package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.tunemall.member.api.DormancyPolicy;
import io.tunemall.member.api.DormantAccounts;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.support.IntegrationTest;
import io.tunemall.support.Mailbox;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Dormant accounts: time passing is simulated by moving the member's last login (and notice) into the past. */
@IntegrationTest
class DormancyTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    DormantAccounts dormancy;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Mailbox mailbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    ShopClock clock;

    @AfterEach
    void ownerSettingBackToDefault() {
        dormancy.changePolicy(new DormancyPolicy(false, DormancyPolicy.DEFAULT_AFTER), "test");
    }

    @Test
    void while_the_owner_setting_is_off_nobody_is_told_or_made_dormant() {
        dormancy.changePolicy(new DormancyPolicy(false, Period.ofYears(1)), "owner");
        String email = Shoppers.newEmail("sleeper-off");
        long member = Shoppers.signUp(signUps, email);
        lastActive(member, clock.now().minus(Duration.ofDays(800)));

        assertThat(dormancy.run().madeDormant()).isZero();
        assertThat(status(member)).isEqualTo("ACTIVE");
        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void an_inactive_member_is_told_30_days_ahead_then_made_dormant_and_restored_by_password_and_a_mailed_code()
            throws Exception {
        dormancy.changePolicy(new DormancyPolicy(true, Period.ofYears(1)), "owner");
        String email = Shoppers.newEmail("sleeper");
        long member = Shoppers.signUp(signUps, email);

        // 340 days without a login: inside the 30-day notice window of a one-year period.
        Instant lastLogin = clock.now().minus(Duration.ofDays(340));
        lastActive(member, lastLogin);
        dormancy.run();
        assertThat(mailbox.await(email, 1).subject()).contains("휴면");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_dormancy_notice WHERE member_id = ? AND mailed = TRUE",
                Integer.class, member)).isEqualTo(1);
        dormancy.run();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_dormancy_notice WHERE member_id = ?",
                Integer.class, member)).as("told once").isEqualTo(1);
        assertThat(status(member)).as("not before the period ends").isEqualTo("ACTIVE");

        // 31 days later the year is over, and the notice is more than 30 days old.
        Instant older = lastLogin.minus(Duration.ofDays(31));
        lastActive(member, older);
        jdbc.update("UPDATE member_dormancy_notice SET inactive_since = ?, sent_at = ? WHERE member_id = ?",
                utc(older), utc(clock.now().minus(Duration.ofDays(31))), member);
        assertThat(dormancy.run().madeDormant()).isGreaterThanOrEqualTo(1);

        assertThat(status(member)).isEqualTo("DORMANT");
        Map<String, Object> account = jdbc.queryForMap("SELECT email, name, phone, birth_date FROM member_account "
                + "WHERE id = ?", member);
        assertThat(account.values()).containsOnlyNulls();
        Map<String, Object> moved = jdbc.queryForMap("SELECT email, name, phone FROM member_dormant WHERE member_id = ?",
                member);
        assertThat(moved.values()).doesNotContainNull()
                .allSatisfy(value -> assertThat((String) value).startsWith("k").doesNotContain(email).doesNotContain("홍길동"));

        // Locked: the right password alone does not log in; it sends a code.
        mvc.perform(post("/login").param("email", email).param("password", "Wrong-pass-999").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        MvcResult login = mvc.perform(post("/login").param("email", email).param("password", Shoppers.PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/login/dormant")).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
        Mailbox.Mail codeMail = mailbox.await(email, 2);
        Matcher code = CODE.matcher(codeMail.body());
        assertThat(code.find()).isTrue();

        String wrong = code.group(1).equals("000000") ? "111111" : "000000";
        mvc.perform(post("/login/dormant").param("code", wrong).cookie(session).with(csrf()))
                .andExpect(content().string(Matchers.containsString("코드가 맞지 않거나 만료되었습니다.")));
        assertThat(status(member)).isEqualTo("DORMANT");

        MvcResult restored = mvc.perform(post("/login/dormant").param("code", code.group(1)).cookie(session)
                .with(csrf())).andExpect(redirectedUrl("/account?restored")).andReturn();
        Cookie loggedIn = restored.getResponse().getCookie("SESSION") != null
                ? restored.getResponse().getCookie("SESSION") : session;
        mvc.perform(get("/account").cookie(loggedIn))
                .andExpect(content().string(Matchers.containsString(email)))
                .andExpect(content().string(Matchers.containsString("value=\"홍길동\"")));
        assertThat(status(member)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_dormant WHERE member_id = ?", Integer.class,
                member)).isZero();
        // The code is single-use: the record that held it is gone.
        mvc.perform(post("/login/dormant").param("code", code.group(1)).cookie(loggedIn).with(csrf()))
                .andExpect(redirectedUrl("/login"));
    }

    private void lastActive(long member, Instant at) {
        jdbc.update("UPDATE member_account SET joined_at = ?, last_login_at = ? WHERE id = ?", utc(at), utc(at), member);
    }

    private String status(long member) {
        return jdbc.queryForObject("SELECT status FROM member_account WHERE id = ?", String.class, member);
    }

    /** Stored moments are UTC wall-clock time (hibernate.jdbc.time_zone: UTC). */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

}
