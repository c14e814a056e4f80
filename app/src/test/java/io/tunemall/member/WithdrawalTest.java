package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.MemberAccounts;
import io.tunemall.member.api.MemberProfile;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.MemberStatus;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WithdrawalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    MemberAccounts members;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withdrawing_erases_the_personal_data_keeps_the_id_and_the_consent_history_and_ends_the_login()
            throws Exception {
        String email = Shoppers.newEmail("leaving");
        long memberId = Shoppers.signUp(signUps, email);
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);
        mvc.perform(AddressBookTest.address(session, "/account/addresses", "집", "06236", "서울특별시 강남구 테헤란로 123"));
        int historyBefore = history(memberId);

        mvc.perform(post("/account/withdraw").cookie(session).with(csrf()).param("currentPassword", "Wrong-pass-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("비밀번호가 올바르지 않습니다.")));
        mvc.perform(post("/account/withdraw").cookie(session).with(csrf()).param("currentPassword", Shoppers.PASSWORD))
                .andExpect(redirectedUrl("/?withdrawn"));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM member_account WHERE id = ?", memberId);
        assertThat(row.get("status")).isEqualTo("WITHDRAWN");
        assertThat(row.get("withdrawn_at")).isNotNull();
        for (String erased : new String[] {"email", "email_index", "name", "phone", "phone_index", "birth_date",
                "password_hash"}) {
            assertThat(row.get(erased)).as(erased).isNull();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_address WHERE member_id = ?", Integer.class,
                memberId)).isZero();
        assertThat(history(memberId)).as("the history is kept, with the end of each consent")
                .isEqualTo(historyBefore + 3);
        assertThat(jdbc.queryForList("SELECT consent_type FROM member_consent_history WHERE member_id = ? "
                + "AND source = 'WITHDRAWAL' AND granted = FALSE", String.class, memberId))
                .containsExactlyInAnyOrder("TERMS", "PRIVACY", "MARKETING_EMAIL");

        assertThat(members.find(memberId)).get().extracting(MemberProfile::status, MemberProfile::email,
                MemberProfile::name).containsExactly(MemberStatus.WITHDRAWN, null, null);
        assertThat(members.addresses(memberId)).isEmpty();

        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").param("email", email).param("password", Shoppers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_email_of_a_withdrawn_member_can_sign_up_again_as_a_new_member() throws Exception {
        String email = Shoppers.newEmail("returning");
        long first = Shoppers.signUp(signUps, email);
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);
        mvc.perform(post("/account/withdraw").cookie(session).with(csrf()).param("currentPassword", Shoppers.PASSWORD));

        long second = Shoppers.signUp(signUps, email);

        assertThat(second).isNotEqualTo(first);
        assertThat(members.find(first).orElseThrow().status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(members.find(second).orElseThrow().email()).isEqualTo(email);
    }

    private int history(long memberId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member_consent_history WHERE member_id = ?", Integer.class,
                memberId);
    }
}
