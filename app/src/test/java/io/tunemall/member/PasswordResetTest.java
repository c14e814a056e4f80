package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.MemberSignUp;
import io.tunemall.support.IntegrationTest;
import io.tunemall.support.Mailbox;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PasswordResetTest {

    static final String NEW_PASSWORD = "Brand-new-pass-456";

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_shopper_resets_the_password_through_the_link_in_the_mail_and_the_link_works_once() throws Exception {
        String email = Shoppers.newEmail("reset");
        long memberId = Shoppers.signUp(signUps, email);

        mvc.perform(post("/password-reset").param("newEmail", email).with(csrf()))
                .andExpect(redirectedUrl("/password-reset?sent"));

        Mailbox.Mail mail = mailbox.await(email, 1);
        assertThat(mail.subject()).contains("비밀번호 재설정");
        assertThat(mail.body()).contains("http://shop.test/password-reset/new?token=", "30분");
        String token = mail.token();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_token WHERE member_id = ? AND token_hash = ?",
                Integer.class, memberId, token)).as("only a hash of the token is stored").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_token WHERE member_id = ?", Integer.class, memberId))
                .isEqualTo(1);

        mvc.perform(get("/password-reset/new").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"newPassword\"")));
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("newPassword", NEW_PASSWORD)
                        .param("newPasswordConfirm", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));

        loginWith(email, Shoppers.PASSWORD, "/login?error");
        loginWith(email, NEW_PASSWORD, "/account");

        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("newPassword", "Third-pass-789")
                        .param("newPasswordConfirm", "Third-pass-789"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("링크가 만료되었거나 이미 사용되었습니다.")));
        loginWith(email, NEW_PASSWORD, "/account");
    }

    @Test
    void a_link_older_than_30_minutes_no_longer_works() throws Exception {
        String email = Shoppers.newEmail("expired");
        long memberId = Shoppers.signUp(signUps, email);
        mvc.perform(post("/password-reset").param("newEmail", email).with(csrf()));
        String token = mailbox.await(email, 1).token();

        jdbc.update("UPDATE member_token SET expires_at = ? WHERE member_id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), memberId);

        mvc.perform(get("/password-reset/new").param("token", token))
                .andExpect(content().string(containsString("링크가 만료되었거나 이미 사용되었습니다.")));
        mvc.perform(post("/password-reset/new").with(csrf()).param("token", token).param("newPassword", NEW_PASSWORD)
                        .param("newPasswordConfirm", NEW_PASSWORD))
                .andExpect(content().string(containsString("링크가 만료되었거나 이미 사용되었습니다.")));
        loginWith(email, Shoppers.PASSWORD, "/account");
    }

    @Test
    void an_unknown_email_gets_the_same_answer_and_no_mail() throws Exception {
        String stranger = Shoppers.newEmail("stranger");

        mvc.perform(post("/password-reset").param("newEmail", stranger).with(csrf()))
                .andExpect(redirectedUrl("/password-reset?sent"));
        mvc.perform(get("/password-reset").param("sent", ""))
                .andExpect(content().string(containsString("가입된 이메일이라면 재설정 링크를 보냈습니다.")));
        Thread.sleep(300);
        assertThat(mailbox.to(stranger)).isEmpty();
    }

    @Test
    void a_second_request_makes_the_first_link_stop_working() throws Exception {
        String email = Shoppers.newEmail("twice");
        Shoppers.signUp(signUps, email);
        mvc.perform(post("/password-reset").param("newEmail", email).with(csrf()));
        String first = mailbox.await(email, 1).token();
        mvc.perform(post("/password-reset").param("newEmail", email).with(csrf()));
        String second = mailbox.await(email, 2).token();

        mvc.perform(get("/password-reset/new").param("token", first))
                .andExpect(content().string(containsString("링크가 만료되었거나 이미 사용되었습니다.")));
        mvc.perform(get("/password-reset/new").param("token", second))
                .andExpect(content().string(containsString("name=\"newPassword\"")));
    }

    private void loginWith(String email, String password, String expectedRedirect) throws Exception {
        mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
                .andExpect(redirectedUrl(expectedRedirect));
    }
}
