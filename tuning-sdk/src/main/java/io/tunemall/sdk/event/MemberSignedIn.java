package io.tunemall.sdk.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A member signed in to the storefront, and how: with the password, from a remembered login, or through a social or
 * single-sign-on provider. Published in the transaction that records the sign-in and delivered after commit, through
 * the outbox, at least once. A typical listener marks members who come through the company's groupware SSO as
 * employees. A member who signs up through a provider also raises this event (after {@link MemberJoined}).
 *
 * @param memberId the member
 * @param method {@link #PASSWORD}, {@link #REMEMBERED} or {@link #PROVIDER}
 * @param provider for {@link #PROVIDER}: the provider's registration id as the shop configured it, such as
 *     {@code kakao}, {@code naver} or {@code groupware}; null otherwise
 * @param signedInAt when
 * @since 1.0
 */
public record MemberSignedIn(long memberId, String method, String provider, Instant signedInAt) {

    /** Email and password on the login form. */
    public static final String PASSWORD = "password";
    /** A "remember me" cookie. */
    public static final String REMEMBERED = "remembered";
    /** A social login or single sign-on provider; {@link #provider()} says which. */
    public static final String PROVIDER = "provider";

    public MemberSignedIn {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(signedInAt, "signedInAt");
        if (PROVIDER.equals(method) && (provider == null || provider.isBlank())) {
            throw new IllegalArgumentException("A provider sign-in names its provider");
        }
    }

    /** Whether the member came through the given provider's registration id. */
    public boolean through(String registrationId) {
        return PROVIDER.equals(method) && registrationId.equals(provider);
    }
}
