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
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ShopperLoginTest {

    static final String REMEMBER_ME = "tunemall_remember";

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    MemberAccounts members;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_my_page_sends_strangers_to_the_login_page() throws Exception {
        mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/mypage")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("name=\"remember-me\"")));
    }

    @Test
    void a_shopper_logs_in_with_email_and_password_sees_the_my_page_and_logs_out() throws Exception {
        String email = Shoppers.newEmail("login");
        long memberId = Shoppers.signUp(signUps, email);

        MvcResult login = mvc.perform(post("/login").param("email", email.toUpperCase())
                        .param("password", Shoppers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/account")).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");

        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"홍길동\"")))
                .andExpect(content().string(containsString(email)));
        mvc.perform(get("/mypage").cookie(session)).andExpect(redirectedUrl("/account"));
        assertThat(jdbc.queryForObject("SELECT last_login_at FROM member_account WHERE id = ?", java.sql.Timestamp.class,
                memberId)).isNotNull();

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_wrong_password_or_an_unknown_email_get_the_same_message() throws Exception {
        String email = Shoppers.newEmail("wrong");
        Shoppers.signUp(signUps, email);

        mvc.perform(post("/login").param("email", email).param("password", "Wrong-pass-123").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("email", "nobody@example.com").param("password", "Wrong-pass-123").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("이메일 또는 비밀번호가 올바르지 않습니다.")));
    }

    @Test
    void remember_me_logs_the_browser_in_again_without_a_session_from_a_token_row_in_the_database() throws Exception {
        String email = Shoppers.newEmail("remember");
        long memberId = Shoppers.signUp(signUps, email);

        Cookie remembered = mvc.perform(post("/login").param("email", email).param("password", Shoppers.PASSWORD)
                        .param("remember-me", "true").with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andReturn().getResponse().getCookie(REMEMBER_ME);
        assertThat(remembered).isNotNull();
        assertThat(remembered.getMaxAge()).isEqualTo(30 * 24 * 3600);
        assertThat(rememberedLogins(memberId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_remembered_login WHERE member_id = ? AND "
                + "token LIKE '%@%'", Integer.class, memberId)).isZero();

        // A new browser session: only the remember-me cookie comes along.
        MvcResult again = mvc.perform(get("/account").cookie(remembered))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andReturn();
        Cookie renewed = again.getResponse().getCookie(REMEMBER_ME);
        assertThat(renewed.getValue()).as("the token is replaced on every use").isNotEqualTo(remembered.getValue());

        mvc.perform(post("/logout").cookie(again.getResponse().getCookie("SESSION"), renewed).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(rememberedLogins(memberId)).isZero();
        mvc.perform(get("/account").cookie(renewed)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void staff_accounts_cannot_log_in_to_the_storefront_and_shoppers_not_to_the_admin_console() throws Exception {
        mvc.perform(post("/login").param("email", "admin").param("password", "it-owner-password").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        String email = Shoppers.newEmail("notstaff");
        Shoppers.signUp(signUps, email);
        mvc.perform(post("/admin/login").param("username", email).param("password", Shoppers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/admin/login?error"));
        Cookie shopper = Shoppers.login(mvc, email, Shoppers.PASSWORD);
        mvc.perform(get("/admin").cookie(shopper)).andExpect(status().isForbidden());
    }

    private int rememberedLogins(long memberId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member_remembered_login WHERE member_id = ?", Integer.class,
                memberId);
    }
}
