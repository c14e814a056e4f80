package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a member's points.
 *
 * @param credit whether the entry added points (otherwise it took them away)
 * @param remaining of an entry that added points: what is still unspent
 * @param validThrough of an entry that added points: the last day they can be spent
 */
public record PointEntryRow(long id, long memberId, PointEntryKind kind, boolean credit, Money amount,
        Money remaining, LocalDate validThrough, String orderNumber, String reason, String staff, Instant at) {
}
