package io.tunemall.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/** Logs the shop owner into the admin console and hands back the session cookie, as a browser would keep it. */
public final class StaffSession {

    static final String OWNER_PASSWORD = "it-owner-password";

    private StaffSession() {
    }

    public static Cookie login(MockMvc mvc) throws Exception {
        return mvc.perform(formLogin("/admin/login").user("admin").password(OWNER_PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
    }
}
