package io.tunemall.storefront.social;

/** Session attributes of a provider login under way. */
final class SocialSession {

    /** The identity of a new shopper waiting for the consent step. */
    static final String PENDING = "tunemall.social.pending";
    /** The member who asked, on the my-page, to link a provider account; set just before going to the provider. */
    static final String LINK_FOR = "tunemall.social.link-for";

    private SocialSession() {
    }
}
