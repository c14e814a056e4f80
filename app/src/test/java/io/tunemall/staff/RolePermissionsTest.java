package io.tunemall.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.StaffAdministration;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RolePermissionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration administration;

    StaffFixture staff;

    @BeforeEach
    void fixture() {
        staff = new StaffFixture(administration, mvc);
    }

    @Test
    void read_only_staff_see_the_catalog_but_cannot_change_it_nor_open_staff_tuning_or_audit() throws Exception {
        Cookie readOnly = staff.login(staff.create("READ_ONLY"));

        mvc.perform(get("/admin/products").cookie(readOnly)).andExpect(status().isOk());
        mvc.perform(get("/admin/brands").cookie(readOnly)).andExpect(status().isOk());
        mvc.perform(get("/admin/search-index").cookie(readOnly)).andExpect(status().isOk());
        mvc.perform(createBrand().cookie(readOnly)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/search-index/rebuild").cookie(readOnly).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/products/new").cookie(readOnly).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff").cookie(readOnly)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/tuning").cookie(readOnly)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").cookie(readOnly)).andExpect(status().isForbidden());
    }

    @Test
    void customer_service_cannot_manage_staff_or_roles() throws Exception {
        Cookie cs = staff.login(staff.create("CUSTOMER_SERVICE"));
        StaffFixture.Staff victim = staff.create("READ_ONLY");

        mvc.perform(get("/admin/products").cookie(cs)).andExpect(status().isOk());
        mvc.perform(get("/admin/staff").cookie(cs)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff/roles").cookie(cs)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff").cookie(cs).with(csrf()).param("username", "cs-made-" + UUID.randomUUID())
                .param("role", "OWNER").param("password", "long enough password")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff/{id}/role", victim.id()).cookie(cs).with(csrf()).param("role", "OWNER"))
                .andExpect(status().isForbidden());
        mvc.perform(createBrand().cookie(cs)).andExpect(status().isForbidden());
    }

    @Test
    void a_manager_edits_the_catalog_and_reads_the_audit_log_but_manages_neither_staff_nor_tuning() throws Exception {
        Cookie manager = staff.login(staff.create("MANAGER"));

        mvc.perform(createBrand().cookie(manager)).andExpect(redirectedUrl("/admin/brands"));
        mvc.perform(get("/admin/audit").cookie(manager)).andExpect(status().isOk());
        mvc.perform(get("/admin/staff").cookie(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tuning/test.notes/install").cookie(manager).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void an_agency_developer_manages_tuning_modules_but_cannot_edit_products() throws Exception {
        Cookie developer = staff.login(staff.create("AGENCY_DEVELOPER"));

        mvc.perform(get("/admin/tuning").cookie(developer)).andExpect(status().isOk());
        mvc.perform(get("/admin/products").cookie(developer)).andExpect(status().isOk());
        mvc.perform(createBrand().cookie(developer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").cookie(developer)).andExpect(status().isForbidden());
    }

    @Test
    void the_navigation_lists_only_the_sections_the_role_may_open() throws Exception {
        Cookie readOnly = staff.login(staff.create("READ_ONLY"));

        mvc.perform(get("/admin").cookie(readOnly))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/products\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/staff\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/tuning\""))));
        mvc.perform(get("/admin").cookie(staff.owner()))
                .andExpect(content().string(containsString("href=\"/admin/staff\"")))
                .andExpect(content().string(containsString("href=\"/admin/audit\"")));
    }

    @Test
    void a_role_change_applies_to_a_session_that_is_already_open() throws Exception {
        StaffFixture.Staff account = staff.create("READ_ONLY");
        Cookie session = staff.login(account);
        mvc.perform(createBrand().cookie(session)).andExpect(status().isForbidden());

        mvc.perform(post("/admin/staff/{id}/role", account.id()).cookie(staff.owner()).with(csrf()).param("role", "MANAGER"))
                .andExpect(redirectedUrl("/admin/staff/" + account.id()));

        mvc.perform(createBrand().cookie(session)).andExpect(redirectedUrl("/admin/brands"));
    }

    @Test
    void a_disabled_account_loses_its_open_session_at_once_and_cannot_log_in_again() throws Exception {
        StaffFixture.Staff account = staff.create("MANAGER");
        Cookie session = staff.login(account);
        mvc.perform(get("/admin/products").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/staff/{id}/disable", account.id()).cookie(staff.owner()).with(csrf()));

        mvc.perform(get("/admin/products").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                "/admin/login").user(account.username()).password(StaffFixture.PASSWORD))
                .andExpect(redirectedUrl("/admin/login?error"));
    }

    @Test
    void the_admin_api_answers_401_problem_json_to_strangers_and_403_to_staff_without_the_permission() throws Exception {
        mvc.perform(get("/api/v1/admin/staff"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/unauthorized"));
        Cookie readOnly = staff.login(staff.create("READ_ONLY"));
        mvc.perform(get("/api/v1/admin/staff").cookie(readOnly))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/admin/products").cookie(staff.owner()))
                .andExpect(status().isForbidden());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder createBrand() {
        return post("/admin/brands").with(csrf()).param("name", "권한 브랜드 " + UUID.randomUUID().toString().substring(0, 6))
                .param("slug", "perm-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
