package io.tunemall.member.benefit.giftcard;

import io.tunemall.member.api.GiftCardBatchRow;
import io.tunemall.member.api.GiftCardStatus;
import io.tunemall.member.benefit.ShopDays;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Gift card batches with how many of their cards are in each state, as admin lists them. */
@Component
class BatchRows {

    private record Batch(long id, String name, long faceValueWon, int count, Instant validUntil, String issuedBy,
            Instant issuedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ShopDays days;

    BatchRows(NamedParameterJdbcTemplate jdbc, ShopDays days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    List<GiftCardBatchRow> latest(int limit) {
        return rows(jdbc.query("SELECT * FROM gift_card_batch ORDER BY id DESC LIMIT :limit",
                new MapSqlParameterSource("limit", limit), BatchRows::batch));
    }

    Optional<GiftCardBatchRow> find(long id) {
        return rows(jdbc.query("SELECT * FROM gift_card_batch WHERE id = :id", new MapSqlParameterSource("id", id),
                BatchRows::batch)).stream().findFirst();
    }

    private List<GiftCardBatchRow> rows(List<Batch> batches) {
        if (batches.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<GiftCardStatus, Long>> counts = counts(batches.stream().map(Batch::id).toList());
        return batches.stream().map(batch -> {
            Map<GiftCardStatus, Long> count = counts.getOrDefault(batch.id(), Map.of());
            return new GiftCardBatchRow(batch.id(), batch.name(), Money.won(batch.faceValueWon()), batch.count(),
                    days.lastDayBefore(batch.validUntil()), batch.issuedBy(), batch.issuedAt(),
                    count.getOrDefault(GiftCardStatus.ACTIVE, 0L), count.getOrDefault(GiftCardStatus.HELD, 0L),
                    count.getOrDefault(GiftCardStatus.REDEEMED, 0L), count.getOrDefault(GiftCardStatus.VOIDED, 0L),
                    count.getOrDefault(GiftCardStatus.EXPIRED, 0L));
        }).toList();
    }

    /** The same states as {@link CardState#shown}, counted in the database. */
    private Map<Long, Map<GiftCardStatus, Long>> counts(List<Long> batchIds) {
        Map<Long, Map<GiftCardStatus, Long>> counts = new HashMap<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", batchIds)
                .addValue("now", Timestamp.from(days.now()));
        jdbc.query("SELECT batch_id, shown, COUNT(*) FROM (SELECT batch_id, CASE WHEN status = 'VOIDED' THEN 'VOIDED' "
                + "WHEN status = 'REDEEMED' THEN 'REDEEMED' WHEN valid_until <= :now THEN 'EXPIRED' "
                + "WHEN status = 'RESERVED' AND reserved_until > :now THEN 'HELD' ELSE 'ACTIVE' END AS shown "
                + "FROM gift_card WHERE batch_id IN (:ids)) cards GROUP BY batch_id, shown", parameters,
                (RowCallbackHandler) rs -> counts.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(GiftCardStatus.class))
                        .put(GiftCardStatus.valueOf(rs.getString(2)), rs.getLong(3)));
        return counts;
    }

    private static Batch batch(ResultSet rs, int row) throws SQLException {
        return new Batch(rs.getLong("id"), rs.getString("name"), rs.getLong("face_value_won"), rs.getInt("card_count"),
                rs.getTimestamp("valid_until").toInstant(), rs.getString("issued_by"),
                rs.getTimestamp("issued_at").toInstant());
    }
}
