package io.tunemall.member.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Shoppers who log in through Kakao, Naver, Google or the company's OIDC provider (docs/members.md). */
public interface SocialLogins {

    /**
     * The member this identity logs in as: the one it is linked to, or else an active member whose email equals the
     * identity's verified email, which is then linked. Empty for a new shopper, who must sign up (consents first).
     */
    Optional<Long> signIn(SocialIdentity identity);

    /**
     * Creates an account for a new social shopper, with the consents given on the consent step, and links it.
     *
     * @throws MemberRejection when a required consent is missing, the email belongs to another account
     *     ("email-taken": the shopper logs in with the password and links from the my-page) or the identity is
     *     already linked
     */
    long join(SocialIdentity identity, Set<ConsentType> consents);

    /**
     * Links the identity to a logged-in member (from the my-page).
     *
     * @throws MemberRejection when the provider account already logs in as another member, or the member already has
     *     another account of that provider
     */
    void link(long memberId, SocialIdentity identity);

    List<SocialLinkView> links(long memberId);
}
