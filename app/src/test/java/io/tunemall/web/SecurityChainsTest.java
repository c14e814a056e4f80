package io.tunemall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import io.tunemall.support.RealHttp;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityChainsTest {

    static final String OWNER_PASSWORD = "it-owner-password";
    /** Spring Session's cookie: with Redis configured, the login lives in Redis and any node can serve the next page. */
    static final String SESSION_COOKIE = "SESSION";

    @Autowired
    MockMvc mvc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RealHttp http;

    @Test
    void the_admin_console_sends_strangers_to_its_own_login_page() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("Tunemall 관리자")));
    }

    @Test
    void the_owner_logs_in_and_sees_the_dashboard_with_the_catalog_figures() throws Exception {
        Cookie session = mvc.perform(formLogin("/admin/login").user("admin").password(OWNER_PASSWORD))
                .andExpect(redirectedUrl("/admin"))
                .andReturn().getResponse().getCookie(SESSION_COOKIE);

        mvc.perform(get("/admin").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("대시보드")))
                .andExpect(content().string(containsString("최근 등록 상품")))
                .andExpect(content().string(containsString("퍼퓸 핸드크림 세트")))
                .andExpect(content().string(containsString("href=\"/admin/products\"")))
                .andExpect(content().string(containsString("href=\"/admin/orders\"")))
                .andExpect(content().string(containsString("href=\"/admin/coupons\"")));

        mvc.perform(get("/admin").cookie(session).param("lang", "en"))
                .andExpect(content().string(containsString("Dashboard")));
    }

    @Test
    void the_admin_session_is_kept_in_redis_so_any_node_can_serve_the_next_page() throws Exception {
        Cookie session = mvc.perform(formLogin("/admin/login").user("admin").password(OWNER_PASSWORD))
                .andReturn().getResponse().getCookie(SESSION_COOKIE);

        String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        assertThat(redis.hasKey("spring:session:sessions:" + sessionId)).isTrue();
    }

    @Test
    void a_wrong_password_returns_to_the_login_page_with_a_message() throws Exception {
        mvc.perform(formLogin("/admin/login").user("admin").password("wrong"))
                .andExpect(redirectedUrl("/admin/login?error"));
        mvc.perform(get("/admin/login").param("error", ""))
                .andExpect(content().string(containsString("아이디 또는 비밀번호가 올바르지 않습니다.")));
    }

    @Test
    void a_login_form_without_its_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/login").param("username", "admin").param("password", OWNER_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void logging_out_needs_a_post_with_the_csrf_token() throws Exception {
        Cookie session = mvc.perform(formLogin("/admin/login").user("admin").password(OWNER_PASSWORD))
                .andReturn().getResponse().getCookie(SESSION_COOKIE);
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/logout").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/login?logout"));
        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        for (String path : new String[] {"/", "/admin/login", "/api/v1/admin/orders", "/actuator/health"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        }
    }

    @Test
    void hsts_is_sent_only_when_a_trusted_proxy_says_the_request_came_over_tls() {
        assertThat(http.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(http.get("/", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
    }

    @Test
    void actuator_endpoints_other_than_health_info_and_metrics_are_closed() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }
}
