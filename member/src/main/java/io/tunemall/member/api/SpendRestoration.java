package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.LocalDate;

/**
 * Points given back from an order's spend.
 *
 * @param restored everything given back
 * @param reissued the part whose original entries had expired in the meantime: it is credited anew, valid through
 *        {@code reissuedValidThrough} (null when nothing was reissued), because the shopper did not choose the
 *        cancellation
 */
public record SpendRestoration(long memberId, String orderNumber, Money restored, Money reissued,
        LocalDate reissuedValidThrough) {
}
