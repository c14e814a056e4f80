package io.tunemall.tuning;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TuningAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ModuleLifecycle lifecycle;

    Cookie owner;

    @BeforeEach
    void logInAsOwner() throws Exception {
        owner = mvc.perform(formLogin("/admin/login").user("admin").password("it-owner-password"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void the_owner_sees_the_modules_found_and_installs_and_disables_one() throws Exception {
        mvc.perform(get("/admin/tuning").cookie(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("test.notes")))
                .andExpect(content().string(containsString("설치 가능")));

        mvc.perform(post("/admin/tuning/test.notes/install").cookie(owner).with(csrf()))
                .andExpect(redirectedUrl("/admin/tuning"))
                .andExpect(flash().attributeExists("done"));
        mvc.perform(get("/admin/tuning").cookie(owner)).andExpect(content().string(containsString("사용 중")));

        mvc.perform(post("/admin/tuning/test.notes/disable").cookie(owner).with(csrf()))
                .andExpect(redirectedUrl("/admin/tuning"));
        mvc.perform(get("/admin/tuning").cookie(owner)).andExpect(content().string(containsString("사용 중지")));
    }

    @Test
    void a_refused_action_comes_back_as_a_message_not_an_error_page() throws Exception {
        mvc.perform(post("/admin/tuning/test.rogue/install").cookie(owner).with(csrf()))
                .andExpect(redirectedUrl("/admin/tuning"))
                .andExpect(flash().attribute("failure", containsString("outside its prefix")));
    }

    @Test
    void lifecycle_changes_need_a_staff_login_and_a_csrf_token() throws Exception {
        mvc.perform(post("/admin/tuning/test.notes/install").with(csrf())).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(post("/admin/tuning/test.notes/install").cookie(owner)).andExpect(status().isForbidden());
    }
}
