package io.tunemall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.StaffAdministration;
import io.tunemall.platform.audit.AuditQuery;
import io.tunemall.platform.audit.AuditRecord;
import io.tunemall.platform.audit.AuditSearch;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class StaffAdministrationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration administration;
    @Autowired
    AuditSearch audit;

    StaffFixture staff;
    Cookie owner;

    @BeforeEach
    void logInAsOwner() throws Exception {
        staff = new StaffFixture(administration, mvc);
        owner = staff.owner();
    }

    @Test
    void the_owner_adds_a_staff_member_who_then_logs_in_with_the_initial_password() throws Exception {
        String username = "kim-" + UUID.randomUUID().toString().substring(0, 6);
        MvcResult added = mvc.perform(post("/admin/staff").cookie(owner).with(csrf()).param("username", username)
                .param("displayName", "김상담").param("role", "CUSTOMER_SERVICE").param("password", "first password 1"))
                .andExpect(flash().attribute("done", "created")).andReturn();

        mvc.perform(get(added.getResponse().getRedirectedUrl()).cookie(owner))
                .andExpect(content().string(containsString("김상담")))
                .andExpect(content().string(containsString("고객 상담")));
        mvc.perform(get("/admin/staff").cookie(owner)).andExpect(content().string(containsString(username)));
        assertThat(staff.passwordLogin(username, "first password 1").getResponse().getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void the_add_form_puts_each_refusal_next_to_its_field() throws Exception {
        mvc.perform(post("/admin/staff").cookie(owner).with(csrf()).param("username", "admin")
                        .param("role", "MANAGER").param("password", "long enough password"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("이미 있는 아이디입니다.")));
        mvc.perform(post("/admin/staff").cookie(owner).with(csrf()).param("username", "new-" + UUID.randomUUID())
                        .param("role", "MANAGER").param("password", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("비밀번호는 10자 이상이어야 합니다.")));
    }

    @Test
    void a_reset_password_replaces_the_old_one() throws Exception {
        StaffFixture.Staff account = staff.create("READ_ONLY");

        mvc.perform(post("/admin/staff/{id}/password", account.id()).cookie(owner).with(csrf())
                .param("password", "brand new password")).andExpect(flash().attribute("done", "password-reset"));

        assertThat(staff.passwordLogin(account.username(), StaffFixture.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/admin/login?error");
        assertThat(staff.passwordLogin(account.username(), "brand new password").getResponse().getRedirectedUrl())
                .isEqualTo("/admin");
    }

    @Test
    void the_last_enabled_owner_can_be_neither_demoted_nor_disabled() throws Exception {
        long adminId = administration.accounts().stream().filter(a -> a.username().equals("admin")).findFirst()
                .orElseThrow().id();
        long owners = administration.accounts().stream().filter(a -> a.role().equals("OWNER") && a.enabled()).count();
        assertThat(owners).as("only the first owner exists in the shared test database").isEqualTo(1);

        mvc.perform(post("/admin/staff/{id}/role", adminId).cookie(owner).with(csrf()).param("role", "MANAGER"))
                .andExpect(flash().attribute("failure", "last-owner"));
        mvc.perform(post("/admin/staff/{id}/disable", adminId).cookie(owner).with(csrf()))
                .andExpect(flash().attribute("failure", "last-owner"));
        assertThat(administration.account(adminId).orElseThrow().role()).isEqualTo("OWNER");
    }

    @Test
    void the_owner_builds_a_custom_role_edits_its_permissions_and_every_change_is_audited() throws Exception {
        MvcResult created = mvc.perform(post("/admin/staff/roles").cookie(owner).with(csrf())
                        .param("name", "상품 담당").param("permissions", "catalog:read", "catalog:write"))
                .andExpect(flash().attribute("done", "role-created")).andReturn();
        String code = created.getResponse().getRedirectedUrl().substring("/admin/staff/roles/".length());
        StaffFixture.Staff account = staff.create(code);
        Cookie session = staff.login(account);
        mvc.perform(post("/admin/brands").cookie(session).with(csrf()).param("name", "역할 브랜드 " + code)
                .param("slug", "role-" + code)).andExpect(redirectedUrl("/admin/brands"));

        mvc.perform(post("/admin/staff/roles/{code}", code).cookie(owner).with(csrf())
                        .param("name", "상품 조회 담당").param("permissions", "catalog:read", "orders:read"))
                .andExpect(flash().attribute("done", "role-saved"));

        mvc.perform(post("/admin/brands").cookie(session).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff/roles").cookie(owner)).andExpect(content().string(containsString("상품 조회 담당")));
        AuditRecord change = audit.search(new AuditQuery("admin", "staff.role.changed", "staff-role", code, null, null, 0, 5))
                .records().get(0);
        assertThat(change.actorRole()).isEqualTo("OWNER");
        assertThat(change.details()).contains("\"granted\":[\"orders:read\"]", "\"revoked\":[\"catalog:write\"]");

        mvc.perform(post("/admin/staff/roles/{code}/delete", code).cookie(owner).with(csrf()))
                .andExpect(flash().attribute("failure", "role-in-use"));
        administration.changeRole(account.id(), "READ_ONLY");
        mvc.perform(post("/admin/staff/roles/{code}/delete", code).cookie(owner).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff/roles"));
        assertThat(audit.search(new AuditQuery(null, "staff.role.", "staff-role", code, null, null, 0, 10)).records()
                .stream().map(AuditRecord::action)).containsExactly("staff.role.deleted", "staff.role.changed",
                "staff.role.created");
    }

    @Test
    void a_role_cannot_be_given_a_permission_that_no_module_declares() throws Exception {
        mvc.perform(post("/admin/staff/roles").cookie(owner).with(csrf()).param("name", "수상한 역할")
                        .param("permissions", "catalog:read", "everything:all"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("알 수 없는 권한이 있습니다.")));
    }

    @Test
    void built_in_roles_keep_their_permissions_but_can_require_two_step_login() throws Exception {
        mvc.perform(post("/admin/staff/roles/{code}", "READ_ONLY").cookie(owner).with(csrf())
                        .param("name", "ignored").param("permissions", "staff:manage").param("mfaRequired", "true"))
                .andExpect(flash().attribute("done", "role-saved"));
        try {
            var role = administration.role("READ_ONLY").orElseThrow();
            assertThat(role.mfaRequired()).isTrue();
            assertThat(role.permissions()).doesNotContain("staff:manage");
        } finally {
            mvc.perform(post("/admin/staff/roles/{code}", "READ_ONLY").cookie(owner).with(csrf()).param("name", "x"));
        }
        assertThat(administration.role("READ_ONLY").orElseThrow().mfaRequired()).isFalse();
    }

    @Test
    void every_staff_and_audit_page_renders_in_korean_and_in_english() throws Exception {
        String[][] pages = {{"/admin/staff", "역할과 권한", "Roles and permissions"},
            {"/admin/staff/roles", "2단계 인증 필수", "Two-step verification required"},
            {"/admin/staff/roles/new", "역할 이름", "Role name"},
            {"/admin/staff/roles/MANAGER", "기본 역할의 권한은 바꿀 수 없습니다", "Built-in roles keep their permissions"},
            {"/admin/audit", "위변조 검사", "Check for tampering"},
            {"/admin/audit/verify", "바뀌거나 지워진 기록이 없습니다", "None was changed or removed"},
            {"/admin/account", "비밀번호 변경", "Change password"}};
        for (String[] page : pages) {
            mvc.perform(get(page[0]).cookie(owner).param("lang", "ko"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(page[1])));
            mvc.perform(get(page[0]).cookie(owner).param("lang", "en"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(page[2])));
        }
        long adminId = administration.accounts().stream().filter(a -> a.username().equals("admin")).findFirst()
                .orElseThrow().id();
        mvc.perform(get("/admin/staff/{id}", adminId).cookie(owner).param("lang", "en"))
                .andExpect(content().string(containsString("Reset password")));
        mvc.perform(get("/admin/staff/{id}", adminId).cookie(owner).param("lang", "ko"))
                .andExpect(content().string(containsString("대표 관리자")));
    }
}
