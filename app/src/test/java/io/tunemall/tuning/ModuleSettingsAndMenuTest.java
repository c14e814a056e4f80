package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.platform.tuning.admin.ModuleSettingsService;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A settings form generated from a module's settings record, and the menu entries a module adds to admin. */
@IntegrationTest
class ModuleSettingsAndMenuTest {

    static final String SETTINGS = "/admin/tuning/test.settings/settings";

    @Autowired
    MockMvc mvc;
    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    ModuleSettingsService settings;

    Cookie owner;

    @BeforeEach
    void install() throws Exception {
        lifecycle.install(SettingsModule.ID);
        owner = mvc.perform(formLogin("/admin/login").user("admin").password("it-owner-password"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void the_form_has_one_input_per_component_of_the_settings_record_with_the_defaults() throws Exception {
        assertThat(html(get("/admin/tuning").cookie(owner))).contains("href=\"/admin/tuning/test.settings/settings\"");

        assertThat(html(get(SETTINGS).cookie(owner))).contains("<h1>핏 퀴즈 설정</h1>",
                "추천 상품 수", "type=\"number\"", "min=\"1\"", "max=\"24\"", "value=\"6\"",
                "name=\"title\"", "value=\"나에게 맞는 핏\"", "maxlength=\"20\"",
                "name=\"quizOn\"", "checked=\"checked\"",
                "<option value=\"REGULAR\" selected=\"selected\">REGULAR</option>",
                "value=\"50000\"", "type=\"date\"", "type=\"password\"");
    }

    @Test
    void values_the_record_refuses_come_back_with_their_messages_and_nothing_is_saved() throws Exception {
        assertThat(html(form("results", "0").cookie(owner))).contains("1 이상이어야 합니다.", "value=\"0\"");
        assertThat(html(form("title", "").cookie(owner))).contains("값을 입력하세요.");
        assertThat(html(form("results", "20", "quizOn", "").cookie(owner)))
                .as("the record's own check, shown for the whole form").contains("퀴즈를 끈 채로 12개보다 많이 추천할 수 없습니다.");

        assertThat(settings.current(SettingsModule.ID, SettingsModule.QuizSettings.class).results()).isEqualTo(6);
    }

    @Test
    void saved_settings_reach_the_module_typed_and_a_secret_is_never_shown_and_kept_when_left_empty() throws Exception {
        mvc.perform(form("results", "9", "erpKey", "erp-secret-1").cookie(owner))
                .andExpect(redirectedUrl(SETTINGS));

        SettingsModule.QuizSettings saved = settings.current(SettingsModule.ID, SettingsModule.QuizSettings.class);
        assertThat(saved).isEqualTo(new SettingsModule.QuizSettings(9, "가을 핏 찾기", true, SettingsModule.Fit.SLIM,
                Money.won(30_000), LocalDate.of(2026, 12, 31), "erp-secret-1"));
        String form = html(get(SETTINGS).cookie(owner));
        assertThat(form).doesNotContain("erp-secret-1").contains("저장된 값 유지");

        mvc.perform(form("results", "10", "erpKey", "").cookie(owner)).andExpect(redirectedUrl(SETTINGS));
        assertThat(settings.current(SettingsModule.ID, SettingsModule.QuizSettings.class).erpKey()).isEqualTo("erp-secret-1");
        mvc.perform(get("/admin/t/test.settings/answers").cookie(owner))
                .andExpect(jsonPath("$.results").value(10)).andExpect(jsonPath("$.hasKey").value(true));
    }

    @Test
    void the_modules_menu_entry_shows_to_the_owner_and_goes_with_the_module() throws Exception {
        String entry = "<a href=\"/admin/t/test.settings/answers\" data-module=\"test.settings\">핏 퀴즈 응답</a>";
        assertThat(html(get("/admin").cookie(owner))).contains(entry);

        lifecycle.disable(SettingsModule.ID);
        assertThat(html(get("/admin").cookie(owner))).doesNotContain("핏 퀴즈 응답");
    }

    @Test
    void settings_need_the_tuning_roles() throws Exception {
        mvc.perform(get(SETTINGS).with(user("clerk").authorities(new SimpleGrantedAuthority("ROLE_STAFF"))))
                .andExpect(status().isForbidden());
    }

    /** The form as a browser posts it, with some inputs changed (name, value, ...); an empty checkbox is not sent. */
    private MockHttpServletRequestBuilder form(String... changed) {
        java.util.Map<String, String> inputs = new java.util.LinkedHashMap<>(java.util.Map.of("results", "6",
                "title", "가을 핏 찾기", "quizOn", "true", "fit", "SLIM", "freeShippingFrom", "30000",
                "campaignEnds", "2026-12-31"));
        for (int i = 0; i < changed.length; i += 2) {
            inputs.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder post = post(SETTINGS).with(csrf());
        inputs.forEach((name, value) -> {
            if (!(name.equals("quizOn") && value.isEmpty())) {
                post.param(name, value);
            }
        });
        return post;
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
