package io.tunemall.member.api;

import java.time.Instant;

/**
 * A member's current decision about one kind of consent.
 *
 * @param type the kind
 * @param granted whether it is given
 * @param termsVersion the version of the text the decision was made on
 * @param decidedAt when it was last changed
 * @param confirmedAt when it was last decided or re-confirmed
 */
public record ConsentState(ConsentType type, boolean granted, String termsVersion, Instant decidedAt,
        Instant confirmedAt) {
}
