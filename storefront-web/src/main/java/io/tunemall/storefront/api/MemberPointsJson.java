package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.member.api.PointEntryKind;
import io.tunemall.member.api.PointEntryRow;
import io.tunemall.member.api.PointStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The member's points (적립금; one point is one won) and their latest entries.
 *
 * @param balance what the member can spend now
 * @param expiringSoon the part of it that expires by {@code expiringBy} unless spent
 * @param expiringBy the last day of the "expiring soon" window, in the shop's time zone
 * @param history the latest entries, newest first
 * @param moreHistory whether there are older entries than these (the storefront's my-page lists them all)
 */
@Schema(name = "MemberPoints")
record MemberPointsJson(long balance, long expiringSoon, LocalDate expiringBy, List<EntryJson> history,
        boolean moreHistory) {

    /**
     * @param credit whether the entry added points (otherwise it took them away)
     * @param amount the points added or taken, always positive
     * @param validThrough of an entry that added points: the last day they can be spent
     * @param orderNumber the order it belongs to, if any
     * @param reason why, for an adjustment by the shop
     */
    @Schema(name = "MemberPointEntry")
    record EntryJson(long id, PointEntryKind kind, boolean credit, long amount,
            @Schema(types = {"string", "null"}, format = "date") LocalDate validThrough,
            @Schema(types = {"string", "null"}) String orderNumber, @Schema(types = {"string", "null"}) String reason,
            Instant at) {

        static EntryJson of(PointEntryRow row) {
            return new EntryJson(row.id(), row.kind(), row.credit(), row.amount().won(), row.validThrough(),
                    row.orderNumber(), row.reason(), row.at());
        }
    }

    static MemberPointsJson of(PointStatement statement) {
        return new MemberPointsJson(statement.balance().available().won(), statement.balance().expiringSoon().won(),
                statement.balance().expiringBy(), statement.entries().stream().map(EntryJson::of).toList(),
                statement.hasNext());
    }
}
