package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.tuning.ModuleErrors;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModulePermissions;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** A module's pages and endpoints, mounted under its namespace behind the storefront, admin and API chains. */
@IntegrationTest
class ModuleRoutesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    ModulePermissions permissions;
    @Autowired
    ModuleErrors errors;

    @BeforeEach
    void install() {
        lifecycle.install(PagesModule.ID);
    }

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void a_storefront_page_renders_the_modules_template_inside_the_storefront_layout() throws Exception {
        String html = mvc.perform(get("/t/test.pages/hello").param("name", "지민"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1>안녕하세요, 지민님</h1>", "class=\"site-header\"", "class=\"site-footer\"",
                "<title>인사 | ");
        assertThat(html).as("the platform's own model is not replaced by the module's").contains("platform menu");
        assertThat(html).as("forms get the CSRF token").contains("name=\"_csrf\"");
    }

    @Test
    void a_storefront_form_posts_with_its_csrf_token_and_is_redirected() throws Exception {
        mvc.perform(post("/t/test.pages/hello").param("name", "민준").with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/t/test.pages/hello?name=민준"));
        mvc.perform(post("/t/test.pages/hello").param("name", "민준")).andExpect(status().isForbidden());
    }

    @Test
    void a_disabled_or_uninstalled_modules_routes_answer_404_at_once() throws Exception {
        lifecycle.disable(PagesModule.ID);
        mvc.perform(get("/t/test.pages/hello")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/t/test.pages/status")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        lifecycle.enable(PagesModule.ID);
        mvc.perform(get("/t/test.pages/hello")).andExpect(status().isOk());

        lifecycle.uninstall(PagesModule.ID, true);
        mvc.perform(get("/t/test.pages/hello")).andExpect(status().isNotFound());
        mvc.perform(get("/t/test.pages/nothing-here")).andExpect(status().isNotFound());
    }

    @Test
    void a_route_for_signed_in_users_turns_strangers_away() throws Exception {
        // A stranger is sent to the storefront's login page, like on any other page for members.
        mvc.perform(get("/t/test.pages/members-only")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/t/test.pages/members-only").with(user("shopper-1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.user").value("shopper-1"));
    }

    @Test
    void an_admin_page_needs_staff_holding_the_permission_the_route_names() throws Exception {
        mvc.perform(get("/admin/t/test.pages/notes/7")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/t/test.pages/notes/7").with(user("clerk").authorities(staff())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/t/test.pages/notes/7").with(user("clerk").authorities(staff(),
                        new SimpleGrantedAuthority(ModulePermissions.authorityOf(PagesModule.ID, PagesModule.READ)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>메모 7</h1>")))
                .andExpect(content().string(containsString("<p class=\"can-write\">false</p>")));
        mvc.perform(get("/admin/t/test.pages/notes/7").with(user("shopper").authorities(
                        new SimpleGrantedAuthority(ModulePermissions.authorityOf(PagesModule.ID, PagesModule.READ)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_owner_holds_every_module_permission_and_files_download_with_their_name() throws Exception {
        Cookie owner = mvc.perform(formLogin("/admin/login").user("admin").password("it-owner-password"))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/admin/t/test.pages/notes/3").cookie(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"can-write\">true</p>")))
                .andExpect(content().string(containsString("class=\"sidebar\"")));
        mvc.perform(get("/admin/t/test.pages/export").cookie(owner))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''%EB%A9%94%EB%AA%A8.csv")))
                .andExpect(content().string("id\n1\n"));
    }

    @Test
    void api_routes_answer_json_public_ones_to_anyone_and_the_others_only_to_clients() throws Exception {
        mvc.perform(get("/api/v1/t/test.pages/status"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.module").value("test.pages"));
        mvc.perform(post("/api/v1/t/test.pages/echo").content("hi"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/t/test.pages/echo").content("hi").with(user("erp")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.echo").value("hi"));
        mvc.perform(get("/api/v1/t/test.pages/teapot").with(user("erp")))
                .andExpect(status().is(418)).andExpect(jsonPath("$.detail").value("short and stout"));
    }

    @Test
    void a_route_that_throws_fails_that_request_alone_and_is_shown_against_the_module() throws Exception {
        mvc.perform(get("/t/test.pages/broken")).andExpect(status().isInternalServerError());
        mvc.perform(get("/t/test.pages/hello")).andExpect(status().isOk());

        assertThat(errors.recent(PagesModule.ID)).first().satisfies(error -> {
            assertThat(error.where()).isEqualTo("GET /t/test.pages/broken");
            assertThat(error.error()).contains("the module's page has a bug");
        });
    }

    @Test
    void declared_permissions_are_listed_for_the_role_editor_and_a_module_with_an_undeclared_one_is_refused() {
        assertThat(permissions.all()).filteredOn(p -> p.module().equals(PagesModule.ID))
                .extracting(ModulePermissions.ModulePermission::authority)
                .containsExactly("MODULE:test.pages:notes:read", "MODULE:test.pages:notes:write");
        assertThat(lifecycle.statuses()).filteredOn(m -> m.id().equals("test.bad-routes")).singleElement()
                .satisfies(m -> {
                    assertThat(m.state()).isEqualTo("REFUSED");
                    assertThat(m.refusal()).contains("secret:read", "which the manifest does not declare");
                });
        assertThat(permissions.all()).noneMatch(p -> p.module().equals("test.bad-routes"));
    }

    private static SimpleGrantedAuthority staff() {
        return new SimpleGrantedAuthority("ROLE_STAFF");
    }
}
