package io.tunemall.member.api;

import java.util.List;
import java.util.Set;

/**
 * The my-page: what a logged-in member sees of their own account and may change. Every method takes the member id
 * of the logged-in shopper ({@link ShopperDirectory#memberId}); none reaches another member's data.
 */
public interface MyAccount {

    AccountOverview overview(long memberId);

    /** @throws MemberRejection for a blank name or a malformed phone */
    void updateProfile(long memberId, String name, String phone);

    /**
     * Changes the password after checking the current one; remembered browsers are forgotten.
     *
     * @throws MemberRejection for a wrong current password or a weak new one
     */
    void changePassword(long memberId, String currentPassword, String newPassword);

    /**
     * Sends a confirmation link to the new address; the login email changes only when it is followed.
     *
     * @throws MemberRejection for a wrong password, a malformed email or one that another account uses
     */
    void requestEmailChange(long memberId, String newEmail, String currentPassword);

    /**
     * Makes the new address the login email.
     *
     * @throws MemberRejection ({@code token}: {@code token-invalid}) when the link is unknown, used or expired, or
     *     ({@code email-taken}) when another account took the address meanwhile
     */
    void confirmEmailChange(String token);

    /**
     * Records the member's choice of optional consents; each change goes to the consent history. With
     * {@code reconfirmation}, the choice is also the answer to the two-year re-confirmation notice, recorded even when
     * nothing changed.
     */
    void updateConsents(long memberId, Set<ConsentType> granted, boolean reconfirmation);

    List<ShippingAddress> addresses(long memberId);

    /**
     * Adds an address ({@code addressId} null) or changes one of the member's own.
     *
     * @throws MemberRejection for a missing recipient, phone, postal code or road address
     */
    long saveAddress(long memberId, Long addressId, AddressDraft address);

    void deleteAddress(long memberId, long addressId);

    void makeDefaultAddress(long memberId, long addressId);

    /**
     * Closes the account after checking the password: personal data erased, addresses and remembered logins deleted,
     * the id and the consent history kept.
     *
     * @throws MemberRejection for a wrong password
     */
    void withdraw(long memberId, String currentPassword);
}
