package io.tunemall.member;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Shoppers for the member tests: each with an email of its own, so tests sharing the database never collide. */
final class Shoppers {

    static final String PASSWORD = "Secret-pass-123";
    static final Set<ConsentType> REQUIRED = EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY);

    private Shoppers() {
    }

    static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static long signUp(MemberSignUp signUps, String email) {
        return signUps.signUp(new SignUp(email, PASSWORD, "홍길동", "010-1234-5678", LocalDate.of(1990, 5, 17),
                EnumSet.of(ConsentType.TERMS, ConsentType.PRIVACY, ConsentType.MARKETING_EMAIL), null));
    }

    /** Logs in through the storefront's form and returns the session cookie, as a browser keeps it. */
    static Cookie login(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
                .andReturn();
        return result.getResponse().getCookie("SESSION");
    }
}
