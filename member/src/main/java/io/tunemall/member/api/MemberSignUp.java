package io.tunemall.member.api;

/** Sign-up of shoppers with email and password. */
public interface MemberSignUp {

    SignUpTerms terms();

    /**
     * Creates the account, records each consent with its time and version, and publishes
     * {@link io.tunemall.sdk.event.MemberJoined}.
     *
     * @return the new member's id
     * @throws MemberRejection when a field is missing or wrong, the email is taken, or the shopper is under 14 and
     *     the shop refuses that or the guardian's consent is missing
     */
    long signUp(SignUp signUp);
}
