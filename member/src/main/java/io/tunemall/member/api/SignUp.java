package io.tunemall.member.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * A sign-up as the shopper filled it in.
 *
 * @param email the login email
 * @param password the chosen password, in clear; only its hash is kept
 * @param name the member's name
 * @param phone the mobile number
 * @param birthDate asked so that a child under 14 is refused or needs a guardian's consent
 * @param consents what the shopper ticked; {@link ConsentType#TERMS} and {@link ConsentType#PRIVACY} are required
 * @param guardian the legal guardian's consent, needed when the shopper is under 14 and the shop allows it
 */
public record SignUp(String email, String password, String name, String phone, LocalDate birthDate,
        Set<ConsentType> consents, GuardianConsent guardian) {

    public SignUp {
        consents = consents == null ? Set.of() : Set.copyOf(consents);
    }
}
