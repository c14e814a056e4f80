package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.StaffAdministration;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModulePermissions;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.staff.StaffFixture;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An installed module's declared permissions appear in the staff role editor; the owner grants one to a role, and staff
 * of that role then use the module's admin pages and menu entries that need it, while others are still turned away.
 */
@IntegrationTest
class ModulePermissionsInStaffRolesTest {

    static final String NOTES_READ = ModulePermissions.authorityOf(PagesModule.ID, PagesModule.READ);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration administration;
    @Autowired
    ModuleLifecycle lifecycle;

    StaffFixture staff;
    Cookie owner;

    @BeforeEach
    void installAndLogIn() throws Exception {
        lifecycle.install(PagesModule.ID);
        staff = new StaffFixture(administration, mvc);
        owner = staff.owner();
    }

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void the_role_editor_offers_an_installed_modules_permissions_under_its_id() throws Exception {
        String editor = html("/admin/staff/roles/new");

        assertThat(editor).contains("<legend>test.pages</legend>", "value=\"" + NOTES_READ + "\"",
                "value=\"MODULE:test.pages:notes:write\"");
        assertThat(editor).as("a module not installed offers nothing").doesNotContain("MODULE:test.fields:");

        lifecycle.uninstall(PagesModule.ID, false);
        assertThat(html("/admin/staff/roles/new")).doesNotContain(NOTES_READ);
    }

    @Test
    void staff_whose_role_is_granted_a_module_permission_use_the_modules_admin_pages_that_need_it() throws Exception {
        String name = "메모 담당 " + UUID.randomUUID().toString().substring(0, 6);
        String code = role(name, NOTES_READ);
        Cookie clerk = staff.login(staff.create(code));
        Cookie reader = staff.login(staff.create("READ_ONLY"));

        String note = mvc.perform(get("/admin/t/test.pages/notes/7").cookie(clerk)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(note).contains("<h1>메모 7</h1>", "<p class=\"can-write\">false</p>");
        mvc.perform(get("/admin/t/test.pages/notes/7").cookie(reader)).andExpect(status().isForbidden());

        // A change of role applies on the next click, as for the platform's own pages.
        mvc.perform(post("/admin/staff/roles/{code}", code).cookie(owner).with(csrf())
                        .param("name", name).param("permissions", NOTES_READ, "MODULE:test.pages:notes:write"))
                .andExpect(flash().attribute("done", "role-saved"));
        assertThat(mvc.perform(get("/admin/t/test.pages/notes/7").cookie(clerk)).andReturn().getResponse()
                .getContentAsString()).contains("<p class=\"can-write\">true</p>");

        mvc.perform(post("/admin/staff/roles/{code}", code).cookie(owner).with(csrf())
                        .param("name", name).param("permissions", "catalog:read"))
                .andExpect(flash().attribute("done", "role-saved"));
        mvc.perform(get("/admin/t/test.pages/notes/7").cookie(clerk)).andExpect(status().isForbidden());
    }

    @Test
    void a_permission_of_a_module_that_is_not_installed_cannot_be_granted() throws Exception {
        lifecycle.uninstall(PagesModule.ID, false);

        mvc.perform(post("/admin/staff/roles").cookie(owner).with(csrf()).param("name", "없는 모듈 역할")
                        .param("permissions", NOTES_READ))
                .andExpect(status().isOk());
        assertThat(html("/admin/staff/roles")).doesNotContain("없는 모듈 역할");
    }

    private String role(String name, String... permissions) throws Exception {
        String location = mvc.perform(post("/admin/staff/roles").cookie(owner).with(csrf()).param("name", name)
                        .param("permissions", permissions))
                .andExpect(flash().attribute("done", "role-created")).andReturn().getResponse().getRedirectedUrl();
        return location.substring("/admin/staff/roles/".length());
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).cookie(owner)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
