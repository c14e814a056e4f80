package io.tunemall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.tunemall.member.api.StaffAccountView;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.platform.audit.AuditQuery;
import io.tunemall.platform.audit.AuditRecord;
import io.tunemall.platform.audit.AuditSearch;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginLockoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration administration;
    @Autowired
    AuditSearch audit;

    StaffFixture staff;

    @BeforeEach
    void fixture() {
        staff = new StaffFixture(administration, mvc);
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_until_an_owner_unlocks_it() throws Exception {
        StaffFixture.Staff account = staff.create("MANAGER");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(redirect(staff.passwordLogin(account.username(), "wrong password " + attempt)))
                    .isEqualTo("/admin/login?error");
        }

        assertThat(redirect(staff.passwordLogin(account.username(), StaffFixture.PASSWORD))).isEqualTo("/admin/login?error");
        StaffAccountView locked = administration.account(account.id()).orElseThrow();
        assertThat(locked.lockedUntil()).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
                Instant.now().plus(Duration.ofMinutes(16)));
        mvc.perform(get("/admin/staff/{id}", account.id()).cookie(staff.owner()))
                .andExpect(content().string(containsString("잠김")));

        mvc.perform(post("/admin/staff/{id}/unlock", account.id()).cookie(staff.owner()).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff/" + account.id()));

        var loggedIn = staff.passwordLogin(account.username(), StaffFixture.PASSWORD);
        assertThat(redirect(loggedIn)).isEqualTo("/admin");
        mvc.perform(post("/admin/logout").cookie(StaffFixture.session(loggedIn)).with(csrf()))
                .andExpect(redirectedUrl("/admin/login?logout"));
        assertThat(audit.search(new AuditQuery(account.username(), "staff.logout", null, null, null, null, 0, 5)).total())
                .isEqualTo(1);
        assertThat(audit.search(new AuditQuery(account.username(), "staff.login", null, null, null, null, 0, 50))
                .records().stream().map(AuditRecord::action))
                .contains("staff.login.failed", "staff.login.locked", "staff.login.refused", "staff.login.succeeded");
        assertThat(audit.search(new AuditQuery("admin", "staff.account.unlocked", "staff-account",
                String.valueOf(account.id()), null, null, 0, 5)).total()).isEqualTo(1);
    }

    @Test
    void a_successful_login_starts_the_count_again() throws Exception {
        StaffFixture.Staff account = staff.create("READ_ONLY");
        for (int attempt = 0; attempt < 4; attempt++) {
            staff.passwordLogin(account.username(), "wrong password");
        }
        assertThat(redirect(staff.passwordLogin(account.username(), StaffFixture.PASSWORD))).isEqualTo("/admin");
        for (int attempt = 0; attempt < 4; attempt++) {
            staff.passwordLogin(account.username(), "wrong password");
        }

        assertThat(redirect(staff.passwordLogin(account.username(), StaffFixture.PASSWORD))).isEqualTo("/admin");
        assertThat(administration.account(account.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void failures_for_an_unknown_username_lock_nothing_and_record_no_typed_name() throws Exception {
        String typo = "correct horse battery staple as username";
        staff.passwordLogin(typo, "whatever");

        assertThat(audit.search(new AuditQuery(typo, null, null, null, null, null, 0, 5)).total()).isZero();
        assertThat(audit.search(new AuditQuery("(unknown)", "staff.login.failed", null, null, null, null, 0, 5)).total())
                .isPositive();
    }

    private static String redirect(org.springframework.test.web.servlet.MvcResult result) {
        return result.getResponse().getRedirectedUrl();
    }
}
