package io.tunemall.member.benefit.point;

import io.tunemall.member.api.MyPoints;
import io.tunemall.member.api.PointEntryRow;
import io.tunemall.member.api.PointLedger;
import io.tunemall.member.api.PointStatement;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member's statement. Which staff member made an adjustment is staff's business: the member's rows omit it. */
@Service
class PointHistory implements MyPoints {

    private final PointLedger ledger;
    private final PointStore store;
    private final PointRows rows;

    PointHistory(PointLedger ledger, PointStore store, PointRows rows) {
        this.ledger = ledger;
        this.store = store;
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public PointStatement statement(long memberId, int page, int size) {
        int safePage = Math.max(page, 0);
        int safeSize = Math.min(Math.max(size, 1), 100);
        List<StoredEntry> entries = store.entries(memberId, safePage * safeSize, safeSize + 1);
        List<PointEntryRow> shown = entries.stream().limit(safeSize).map(rows::row)
                .map(row -> new PointEntryRow(row.id(), row.memberId(), row.kind(), row.credit(), row.amount(),
                        row.remaining(), row.validThrough(), row.orderNumber(), row.reason(), null, row.at()))
                .toList();
        return new PointStatement(ledger.balance(memberId), shown, safePage, entries.size() > safeSize);
    }
}
