package io.tunemall.storefront.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.member.api.SocialIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

/** The user-info shapes of Kakao and Naver (as their developer documentation gives them) and of OIDC providers. */
class SocialIdentitiesTest {

    private static final List<SimpleGrantedAuthority> USER = List.of(new SimpleGrantedAuthority("OAUTH2_USER"));

    @Test
    void kakao_nests_the_email_under_kakao_account_and_counts_it_verified_only_when_verified_and_valid() {
        Map<String, Object> kakao = Map.of("id", 123456789L, "kakao_account", Map.of(
                "email", "kim@kakao.com", "is_email_verified", true, "is_email_valid", true,
                "profile", Map.of("nickname", "김카카오")));
        assertThat(SocialIdentities.of("kakao", new DefaultOAuth2User(USER, kakao, "id")))
                .isEqualTo(new SocialIdentity("kakao", "123456789", "kim@kakao.com", true, "김카카오"));

        Map<String, Object> stale = Map.of("id", 5L, "kakao_account", Map.of(
                "email", "old@kakao.com", "is_email_verified", true, "is_email_valid", false));
        assertThat(SocialIdentities.of("kakao", new DefaultOAuth2User(USER, stale, "id")).emailVerified()).isFalse();
    }

    @Test
    void naver_nests_everything_under_response_and_never_counts_as_verified() {
        Map<String, Object> naver = Map.of("resultcode", "00", "message", "success", "response", Map.of(
                "id", "32742776", "email", "lee@naver.com", "name", "이네이버", "mobile", "010-1234-5678"));
        assertThat(SocialIdentities.of("naver", new DefaultOAuth2User(USER, naver, "response")))
                .isEqualTo(new SocialIdentity("naver", "32742776", "lee@naver.com", false, "이네이버"));
    }

    @Test
    void oidc_providers_give_standard_claims() {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "sub", "1098", "email", "park@company.example", "email_verified", true, "name", "박사원"));
        assertThat(SocialIdentities.of("groupware", new DefaultOidcUser(USER, token)))
                .isEqualTo(new SocialIdentity("groupware", "1098", "park@company.example", true, "박사원"));

        OidcIdToken unverified = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "sub", "1099", "email", "x@company.example"));
        assertThat(SocialIdentities.of("google", new DefaultOidcUser(USER, unverified)).emailVerified()).isFalse();
    }
}
