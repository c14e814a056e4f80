package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.MemberAdministration;
import io.tunemall.member.api.Under14Policy;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class Under14SignUpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlindIndex blindIndex;
    @Autowired
    MemberAdministration administration;
    @Autowired
    ShopClock clock;

    @AfterEach
    void backToTheDefault() {
        administration.changeUnder14Policy(Under14Policy.REFUSE, "test");
    }

    @Test
    void by_default_a_child_under_14_is_refused_and_one_who_turns_14_today_is_not() throws Exception {
        LocalDate today = clock.today();
        String child = Shoppers.newEmail("child");

        mvc.perform(SignUpTest.signUp(child, today.minusYears(14).plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("만 14세 미만은 가입할 수 없습니다.")));
        assertThat(accounts(child)).isZero();

        String fourteen = Shoppers.newEmail("fourteen");
        mvc.perform(SignUpTest.signUp(fourteen, today.minusYears(14).toString()))
                .andExpect(redirectedUrl("/login?joined"));
        assertThat(accounts(fourteen)).isEqualTo(1);
    }

    @Test
    void when_the_owner_accepts_guardian_consent_a_child_signs_up_only_with_it_and_it_is_recorded_encrypted()
            throws Exception {
        administration.changeUnder14Policy(Under14Policy.GUARDIAN_CONSENT, "owner");
        String child = Shoppers.newEmail("guarded");
        String birthDate = clock.today().minusYears(10).toString();

        mvc.perform(SignUpTest.signUp(child, birthDate))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("만 14세 미만은 법정대리인의 동의가 필요합니다.")))
                .andExpect(content().string(containsString("name=\"guardianName\"")));
        assertThat(accounts(child)).isZero();

        mvc.perform(SignUpTest.signUp(child, birthDate).param("guardianName", "김보호")
                        .param("guardianPhone", "010-2222-3333").param("guardianAgreed", "true"))
                .andExpect(redirectedUrl("/login?joined"));

        long memberId = jdbc.queryForObject("SELECT id FROM member_account WHERE email_index = ?", Long.class,
                blindIndex.email(child));
        Map<String, Object> guardian = jdbc.queryForMap("SELECT * FROM member_guardian_consent WHERE member_id = ?",
                memberId);
        assertThat(guardian.get("guardian_name").toString()).startsWith("k1:").doesNotContain("김보호");
        assertThat(guardian.get("guardian_phone").toString()).doesNotContain("3333");
        assertThat(guardian.get("terms_version")).isEqualTo("2026-01-01");
        assertThat(guardian.get("consented_at")).isNotNull();
        assertThat(administration.detail(memberId).orElseThrow().under14AtSignUp()).isTrue();
    }

    private int accounts(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member_account WHERE email_index = ?", Integer.class,
                blindIndex.email(email));
    }
}
