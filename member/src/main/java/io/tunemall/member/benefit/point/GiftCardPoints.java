package io.tunemall.member.benefit.point;

import io.tunemall.member.api.PointEntryKind;
import io.tunemall.sdk.Money;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Credits the points of a gift card redeemed into points, in the redemption's transaction. */
@Component
public class GiftCardPoints {

    private final PointAccounts accounts;

    GiftCardPoints(PointAccounts accounts) {
        this.accounts = accounts;
    }

    /** Answers the new entry's id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long credit(long memberId, long cardId, Money amount, Instant expiresAt) {
        return accounts.open(memberId).credit(NewEntry.credit(memberId, PointEntryKind.GIFT_CARD, amount.won(), expiresAt)
                .fromGiftCard(cardId));
    }
}
