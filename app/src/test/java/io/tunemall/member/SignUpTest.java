package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.MemberAccounts;
import io.tunemall.member.api.MemberProfile;
import io.tunemall.member.api.MemberStatus;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class SignUpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlindIndex blindIndex;
    @Autowired
    MemberAccounts members;
    @Autowired
    JoinedMembers joined;

    @Test
    void the_sign_up_page_asks_for_the_required_and_the_optional_consents_and_the_birth_date() throws Exception {
        mvc.perform(get("/signup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("[필수] 이용약관 동의 (버전 2026-01-01)")))
                .andExpect(content().string(containsString("야간(21시~08시) 광고 수신")))
                .andExpect(content().string(containsString("name=\"birthDate\"")));
        mvc.perform(get("/signup").param("lang", "en"))
                .andExpect(content().string(containsString("[Required] I agree to the privacy notice")));
    }

    @Test
    void a_shopper_signs_up_with_consents_recorded_with_time_and_version_and_nothing_in_clear() throws Exception {
        String email = Shoppers.newEmail("Signup");

        mvc.perform(signUp(email).param("agreeMarketingSms", "true").param("agreeNightTime", "true"))
                .andExpect(redirectedUrl("/login?joined"));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM member_account WHERE email_index = ?",
                blindIndex.email(email));
        long memberId = ((Number) row.get("id")).longValue();
        assertThat(row.get("email").toString()).startsWith("k1:").doesNotContain("example.com");
        assertThat(row.get("name").toString()).startsWith("k1:").doesNotContain("김민지");
        assertThat(row.get("phone").toString()).startsWith("k1:").doesNotContain("5678");
        assertThat(row.get("birth_date").toString()).doesNotContain("2001");
        assertThat(row.get("password_hash").toString()).startsWith("{argon2}");

        MemberProfile profile = members.find(memberId).orElseThrow();
        assertThat(profile).extracting(MemberProfile::email, MemberProfile::name, MemberProfile::phone,
                MemberProfile::status).containsExactly(email.toLowerCase(), "김민지", "010-9876-5678", MemberStatus.ACTIVE);

        List<Map<String, Object>> history = jdbc.queryForList("SELECT consent_type, granted, terms_version, source, "
                + "recorded_at FROM member_consent_history WHERE member_id = ? ORDER BY consent_type", memberId);
        assertThat(history).hasSize(6).allSatisfy(entry -> {
            assertThat(entry.get("terms_version")).isEqualTo("2026-01-01");
            assertThat(entry.get("source")).isEqualTo("SIGN_UP");
            assertThat(entry.get("recorded_at")).isNotNull();
        });
        assertThat(history).filteredOn(entry -> Boolean.TRUE.equals(entry.get("granted")))
                .extracting(entry -> entry.get("consent_type"))
                .containsExactlyInAnyOrder("TERMS", "PRIVACY", "MARKETING_SMS", "NIGHT_TIME");
    }

    @Test
    void a_new_member_is_announced_to_listeners_after_commit_through_the_outbox() throws Exception {
        String email = Shoppers.newEmail("joined");
        mvc.perform(signUp(email)).andExpect(redirectedUrl("/login?joined"));
        long memberId = jdbc.queryForObject("SELECT id FROM member_account WHERE email_index = ?", Long.class,
                blindIndex.email(email));

        await().atMost(Duration.ofSeconds(10)).until(() -> joined.ids().contains(memberId));
        // One publication per listener (the test probe, webhooks, ...): every one of them completed.
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION "
                + "WHERE EVENT_TYPE LIKE '%MemberJoined' AND SERIALIZED_EVENT LIKE ? AND COMPLETION_DATE IS NULL",
                Integer.class, "%\"memberId\":" + memberId + "%") == 0
                && jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE EVENT_TYPE LIKE '%MemberJoined' "
                        + "AND SERIALIZED_EVENT LIKE ? AND COMPLETION_DATE IS NOT NULL",
                Integer.class, "%\"memberId\":" + memberId + "%") >= 1);
        assertThat(jdbc.queryForList("SELECT SERIALIZED_EVENT FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?",
                String.class, "%\"memberId\":" + memberId + "%")).isNotEmpty()
                .allSatisfy(event -> assertThat(event).doesNotContain("example.com"));
    }

    @Test
    void missing_consents_a_weak_password_and_a_taken_email_are_shown_next_to_their_fields() throws Exception {
        String email = Shoppers.newEmail("taken");
        mvc.perform(signUp(email)).andExpect(redirectedUrl("/login?joined"));

        mvc.perform(post("/signup").with(csrf()).param("email", email.toUpperCase()).param("password", "short")
                        .param("passwordConfirm", "short").param("name", "김민지").param("phone", "010-9876-5678")
                        .param("birthDate", "2001-03-04").param("agreeTerms", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이미 가입에 쓰인 이메일입니다.")))
                .andExpect(content().string(containsString("비밀번호는 8자 이상이어야 합니다.")))
                .andExpect(content().string(containsString("필수 항목에 동의해 주세요.")))
                .andExpect(content().string(containsString("value=\"김민지\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"short\""))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_account WHERE email_index = ?", Integer.class,
                blindIndex.email(email))).isEqualTo(1);
    }

    @Test
    void a_sign_up_form_without_its_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/signup").param("email", Shoppers.newEmail("csrf")).param("password", Shoppers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    static MockHttpServletRequestBuilder signUp(String email) {
        return signUp(email, "2001-03-04");
    }

    static MockHttpServletRequestBuilder signUp(String email, String birthDate) {
        return post("/signup").with(csrf())
                .param("email", email)
                .param("password", Shoppers.PASSWORD)
                .param("passwordConfirm", Shoppers.PASSWORD)
                .param("name", "김민지")
                .param("phone", "01098765678")
                .param("birthDate", birthDate)
                .param("agreeTerms", "true")
                .param("agreePrivacy", "true");
    }
}
