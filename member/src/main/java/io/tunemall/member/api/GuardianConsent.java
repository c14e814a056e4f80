package io.tunemall.member.api;

/**
 * A legal guardian's consent to a child's sign-up.
 *
 * @param name the guardian's name
 * @param phone a number the shop can reach the guardian on
 * @param agreed whether the guardian agreed to the terms and the privacy policy on the child's behalf
 */
public record GuardianConsent(String name, String phone, boolean agreed) {
}
