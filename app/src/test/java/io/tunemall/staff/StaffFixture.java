package io.tunemall.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import io.tunemall.member.api.NewStaffAccount;
import io.tunemall.member.api.StaffAdministration;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Staff accounts made for one test each (unique usernames, since the tests share one database), and their logins.
 * A plain object rather than a bean, so that using it does not change the shared test context.
 */
public class StaffFixture {

    public static final String OWNER_PASSWORD = "it-owner-password";
    public static final String PASSWORD = "correct horse battery";

    private final StaffAdministration staff;
    private final MockMvc mvc;

    public StaffFixture(StaffAdministration staff, MockMvc mvc) {
        this.staff = staff;
        this.mvc = mvc;
    }

    public record Staff(long id, String username) {
    }

    public Staff create(String role) {
        String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = staff.create(new NewStaffAccount(username, "Test " + role, role, PASSWORD));
        return new Staff(id, username);
    }

    public MvcResult passwordLogin(String username, String password) throws Exception {
        return mvc.perform(formLogin("/admin/login").user(username).password(password)).andReturn();
    }

    /** Logs in an account without two-step verification and returns the session cookie. */
    public Cookie login(Staff account) throws Exception {
        return session(passwordLogin(account.username(), PASSWORD));
    }

    public Cookie owner() throws Exception {
        return session(passwordLogin("admin", OWNER_PASSWORD));
    }

    public static Cookie session(MvcResult result) {
        return result.getResponse().getCookie("SESSION");
    }
}
