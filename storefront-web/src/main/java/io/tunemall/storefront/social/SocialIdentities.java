package io.tunemall.storefront.social;

import io.tunemall.member.api.SocialIdentity;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Reads who the shopper is from what a provider returned. OIDC providers (Google, the company groupware) send
 * standard claims; Kakao nests email and profile under {@code kakao_account}, Naver nests everything under
 * {@code response}. Naver's response carries no verification flag, so its email never links an existing member by
 * itself: the shopper links from the my-page.
 */
final class SocialIdentities {

    private SocialIdentities() {
    }

    static SocialIdentity of(String provider, OAuth2User user) {
        if (user instanceof OidcUser oidc) {
            String name = oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
            return new SocialIdentity(provider, oidc.getSubject(), oidc.getEmail(),
                    Boolean.TRUE.equals(oidc.getEmailVerified()), name);
        }
        Map<String, Object> attributes = user.getAttributes();
        if (attributes.get("kakao_account") instanceof Map<?, ?> account) {
            // Kakao: an email is safe to trust only when verified and still valid (not taken over by someone else).
            boolean verified = Boolean.TRUE.equals(account.get("is_email_verified"))
                    && Boolean.TRUE.equals(account.get("is_email_valid"));
            Object nickname = account.get("profile") instanceof Map<?, ?> profile ? profile.get("nickname") : null;
            return new SocialIdentity(provider, text(attributes.get("id")), text(account.get("email")), verified,
                    text(account.get("name") != null ? account.get("name") : nickname));
        }
        if (attributes.get("response") instanceof Map<?, ?> naver) {
            return new SocialIdentity(provider, text(naver.get("id")), text(naver.get("email")), false,
                    text(naver.get("name") != null ? naver.get("name") : naver.get("nickname")));
        }
        Object subject = attributes.containsKey("sub") ? attributes.get("sub") : attributes.get("id");
        return new SocialIdentity(provider, text(subject), text(attributes.get("email")),
                Boolean.TRUE.equals(attributes.get("email_verified")), text(attributes.get("name")));
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
