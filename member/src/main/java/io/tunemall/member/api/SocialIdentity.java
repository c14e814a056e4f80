package io.tunemall.member.api;

import java.io.Serializable;

/**
 * Who a social login provider or the company's OIDC provider says the shopper is. Serializable: the storefront keeps
 * it in the (Redis) session while a new shopper gives the consents sign-up needs.
 *
 * @param provider the registration id of the provider ("kakao", "naver", "google", "groupware")
 * @param subject the provider's stable id of the user
 * @param email the email the provider gave, or null
 * @param emailVerified whether the provider vouches that the user controls that email; only then may the login be
 *     linked to an existing member with that email
 * @param name the display name the provider gave, or null
 */
public record SocialIdentity(String provider, String subject, String email, boolean emailVerified, String name)
        implements Serializable {

    public SocialIdentity {
        if (provider == null || provider.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a social identity needs a provider and a subject");
        }
        email = email == null || email.isBlank() ? null : email.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
