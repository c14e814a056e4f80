package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.tunemall.member.api.MemberAccounts;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.support.IntegrationTest;
import io.tunemall.support.Mailbox;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EmailChangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberSignUp signUps;
    @Autowired
    MemberAccounts members;
    @Autowired
    Mailbox mailbox;

    @Test
    void the_login_email_changes_only_when_the_link_sent_to_the_new_address_is_confirmed() throws Exception {
        String old = Shoppers.newEmail("old");
        String renamed = Shoppers.newEmail("new");
        long memberId = Shoppers.signUp(signUps, old);
        Cookie session = Shoppers.login(mvc, old, Shoppers.PASSWORD);

        mvc.perform(post("/account/email").cookie(session).with(csrf()).param("newEmail", renamed)
                        .param("currentPassword", "Wrong-pass-1"))
                .andExpect(content().string(containsString("비밀번호가 올바르지 않습니다.")));
        mvc.perform(post("/account/email").cookie(session).with(csrf()).param("newEmail", renamed)
                        .param("currentPassword", Shoppers.PASSWORD))
                .andExpect(redirectedUrl("/account"));
        assertThat(members.find(memberId).orElseThrow().email()).as("not before the link is followed").isEqualTo(old);

        String token = mailbox.await(renamed, 1).token();
        mvc.perform(get("/account/email/confirm").param("token", token))
                .andExpect(content().string(containsString("name=\"token\"")));
        mvc.perform(post("/account/email/confirm").param("token", token).with(csrf()))
                .andExpect(content().string(containsString("로그인 이메일을 바꿨습니다.")));

        assertThat(members.find(memberId).orElseThrow().email()).isEqualTo(renamed);
        mvc.perform(post("/login").param("email", old).param("password", Shoppers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("email", renamed).param("password", Shoppers.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void a_password_change_needs_the_current_password_and_ends_remembered_logins() throws Exception {
        String email = Shoppers.newEmail("pwchange");
        Shoppers.signUp(signUps, email);
        Cookie remembered = mvc.perform(post("/login").param("email", email).param("password", Shoppers.PASSWORD)
                .param("remember-me", "true").with(csrf())).andReturn().getResponse().getCookie("tunemall_remember");
        Cookie session = Shoppers.login(mvc, email, Shoppers.PASSWORD);

        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", Shoppers.PASSWORD)
                        .param("newPassword", "Changed-pass-42").param("newPasswordConfirm", "Changed-pass-43"))
                .andExpect(content().string(containsString("비밀번호가 서로 다릅니다.")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", Shoppers.PASSWORD)
                        .param("newPassword", "Changed-pass-42").param("newPasswordConfirm", "Changed-pass-42"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").cookie(remembered))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").param("email", email).param("password", "Changed-pass-42").with(csrf()))
                .andExpect(redirectedUrl("/account"));
    }
}
