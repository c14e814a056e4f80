package io.tunemall.member.api;

import java.util.Map;

/**
 * What the sign-up page shows beside the form.
 *
 * @param versions the version of the text behind each consent, recorded with every decision
 * @param under14 the owner's rule for children under 14
 */
public record SignUpTerms(Map<ConsentType, String> versions, Under14Policy under14) {

    public SignUpTerms {
        versions = Map.copyOf(versions);
    }
}
