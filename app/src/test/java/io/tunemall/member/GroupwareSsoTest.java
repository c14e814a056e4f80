package io.tunemall.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.member.api.MemberSignUp;
import io.tunemall.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Social login and groupware SSO against a real OIDC provider ({@link TestOidcProvider}, Spring Authorization
 * Server), driven over real HTTP through the authorization-code flow: the provider's login form, its redirects, the
 * shop's token request and ID token check.
 */
@IntegrationTest
class GroupwareSsoTest {

    @Autowired
    MemberSignUp signUps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    String shop;
    String provider;

    @BeforeEach
    void startProvider() {
        provider = TestOidcProvider.startFor(environment);
        shop = "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    @Test
    void an_employee_logged_into_the_groupware_arrives_logged_in_and_linked_to_the_member_with_the_same_verified_email() {
        String email = Shoppers.newEmail("employee");
        long memberId = Shoppers.signUp(signUps, email);
        Browser browser = new Browser();

        // Not yet logged in at the groupware: the silent attempt comes back login_required and turns into its form.
        Browser.Page groupwareLogin = browser.get(shop + "/login/sso");
        assertThat(groupwareLogin.uri().toString()).as(() -> groupwareLogin.status() + " " + groupwareLogin.body())
                .startsWith(provider + "/login");
        assertThat(browser.visited).anyMatch(uri -> String.valueOf(uri.getQuery()).contains("prompt=none"));
        Browser.Page account = logInAtTheGroupware(browser, groupwareLogin, email);

        assertThat(account.uri().toString()).isEqualTo(shop + "/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains(email).contains("groupware");
        assertThat(links(email)).containsExactly(Map.of("member_id", memberId, "linked_by", "VERIFIED_EMAIL"));
        assertThat(jdbc.queryForObject("SELECT last_login_at FROM member_account WHERE id = ?",
                java.sql.Timestamp.class, memberId)).isNotNull();

        // The next morning: a new shop session, still logged in at the groupware. No page in between.
        browser.forget("SESSION");
        browser.visited.clear();
        assertThat(browser.get(shop + "/account").uri().toString()).isEqualTo(shop + "/login");
        Browser.Page again = browser.get(shop + "/login/sso");
        // Back to the page the shopper asked for before logging in (Spring Security marks it with "continue").
        assertThat(again.uri().toString()).startsWith(shop + "/account");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains(email);
        assertThat(browser.visited).noneMatch(uri -> uri.toString().startsWith(provider + "/login"));
    }

    @Test
    void a_new_employee_gives_the_required_consents_before_the_account_is_created() {
        String email = Shoppers.newEmail("newcomer");
        Browser browser = new Browser();
        Browser.Page consent = logInAtTheGroupware(browser, browser.get(shop + "/oauth2/authorization/groupware"), email);

        assertThat(consent.uri().toString()).isEqualTo(shop + "/signup/social");
        assertThat(consent.body()).contains(email).contains("name=\"agreeTerms\"");
        assertThat(links(email)).isEmpty();

        Browser.Page refused = browser.post(shop + "/signup/social", Map.of("_csrf", consent.csrf(),
                "agreePrivacy", "true"));
        assertThat(refused.body()).contains("필수 약관에 동의해 주세요.");
        assertThat(links(email)).isEmpty();

        Browser.Page account = browser.post(shop + "/signup/social", Map.of("_csrf", refused.csrf(),
                "agreeTerms", "true", "agreePrivacy", "true", "agreeMarketingSms", "true"));
        assertThat(account.uri().toString()).isEqualTo(shop + "/account");
        assertThat(account.body()).contains(email);
        List<Map<String, Object>> link = links(email);
        assertThat(link).singleElement().satisfies(row -> assertThat(row).containsEntry("linked_by", "SIGN_UP"));
        long memberId = ((Number) link.get(0).get("member_id")).longValue();
        Map<String, Object> member = jdbc.queryForMap("SELECT password_hash, email_verified_at, email FROM "
                + "member_account WHERE id = ?", memberId);
        assertThat(member.get("password_hash")).isNull();
        assertThat(member.get("email_verified_at")).isNotNull();
        assertThat((String) member.get("email")).doesNotContain("@");
        assertThat(jdbc.queryForList("SELECT consent_type FROM member_consent WHERE member_id = ? AND granted = TRUE",
                String.class, memberId)).containsExactlyInAnyOrder("TERMS", "PRIVACY", "MARKETING_SMS");
    }

    @Test
    void an_unverified_provider_email_never_logs_in_as_the_member_who_owns_that_email() {
        String email = Shoppers.newEmail("victim");
        Shoppers.signUp(signUps, email);
        Browser attacker = new Browser();
        Browser.Page consent = logInAtTheGroupware(attacker, attacker.get(shop + "/oauth2/authorization/groupware"),
                "unverified-" + email);

        assertThat(consent.uri().toString()).isEqualTo(shop + "/signup/social");
        Browser.Page taken = attacker.post(shop + "/signup/social", Map.of("_csrf", consent.csrf(),
                "agreeTerms", "true", "agreePrivacy", "true"));
        assertThat(taken.body()).contains("이 이메일로 가입한 계정이 있습니다");
        assertThat(attacker.get(shop + "/account").uri().toString()).isEqualTo(shop + "/login");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_social_link WHERE subject = ?", Integer.class,
                "unverified-" + email)).isZero();
    }

    @Test
    void a_logged_in_member_links_a_groupware_account_with_another_email_from_the_my_page() {
        String email = Shoppers.newEmail("linker");
        long memberId = Shoppers.signUp(signUps, email);
        String employee = "unverified-" + Shoppers.newEmail("work");
        Browser browser = new Browser();
        Browser.Page login = browser.get(shop + "/login");
        Browser.Page account = browser.post(shop + "/login", Map.of("_csrf", login.csrf(), "email", email,
                "password", Shoppers.PASSWORD));
        assertThat(account.uri().toString()).isEqualTo(shop + "/account");

        Browser.Page groupwareLogin = browser.post(shop + "/account/social/link", Map.of("_csrf", account.csrf(),
                "provider", "groupware"));
        Browser.Page linked = logInAtTheGroupware(browser, groupwareLogin, employee);

        assertThat(linked.uri().toString()).isEqualTo(shop + "/account?social-linked");
        assertThat(linked.body()).contains(email).contains("계정을 연결했습니다");
        assertThat(jdbc.queryForList("SELECT member_id, linked_by FROM member_social_link WHERE subject = ?",
                employee)).containsExactly(Map.of("member_id", memberId, "linked_by", "EXPLICIT"));

        // The linked groupware account now logs in as that member, in a browser without any shop session.
        browser.forget("SESSION");
        assertThat(browser.get(shop + "/login/sso").body()).contains(email);
    }

    private Browser.Page logInAtTheGroupware(Browser browser, Browser.Page form, String username) {
        assertThat(form.uri().toString()).as(() -> form.status() + " " + form.body()).startsWith(provider + "/login");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", TestOidcProvider.PASSWORD);
        fields.put("_csrf", form.csrf());
        return browser.post(provider + "/login", fields);
    }

    private List<Map<String, Object>> links(String subject) {
        return jdbc.queryForList("SELECT member_id, linked_by FROM member_social_link WHERE provider = 'groupware' "
                + "AND subject = ?", subject);
    }
}
