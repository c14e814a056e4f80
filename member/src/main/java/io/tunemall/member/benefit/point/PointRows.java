package io.tunemall.member.benefit.point;

import io.tunemall.member.api.PointEntryRow;
import io.tunemall.member.benefit.ShopDays;
import io.tunemall.sdk.Money;
import org.springframework.stereotype.Component;

/** Point entries as staff read them: amounts without sign, validity as a day in the shop's zone. */
@Component
class PointRows {

    private final ShopDays days;

    PointRows(ShopDays days) {
        this.days = days;
    }

    PointEntryRow row(StoredEntry entry) {
        boolean credit = entry.amount() > 0 || (entry.amount() == 0 && entry.expiresAt() != null);
        return new PointEntryRow(entry.id(), entry.memberId(), entry.kind(), credit, Money.won(Math.abs(entry.amount())),
                Money.won(entry.remaining()), entry.expiresAt() == null ? null : days.lastDayBefore(entry.expiresAt()),
                entry.orderNumber(), entry.reason(), entry.staff(), entry.createdAt());
    }
}
