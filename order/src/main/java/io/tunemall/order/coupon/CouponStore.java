package io.tunemall.order.coupon;

import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.CouponRow;
import io.tunemall.platform.db.DbTime;
import io.tunemall.sdk.Money;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The coupon tables in plain SQL: the limits are kept by conditional UPDATEs whose row counts say whether the use was
 * granted, which is clearer in SQL than behind an entity.
 */
@Repository
class CouponStore {

    private static final String COUPON_COLUMNS = "id, name, kind, amount, basis_points, cap_amount, minimum_amount, "
            + "product_ids, category_ids, brand_ids, valid_from, valid_until, valid_days, per_member_limit, total_limit, "
            + "issue_method, grade_code, combines_with_grade, active, used_count, issued_count";
    private static final String COPY_COLUMNS = "m.id AS copy_id, m.member_id, m.issued_at, m.valid_from AS copy_from, "
            + "m.valid_until AS copy_until, m.used_order_number, m.used_at";

    private final JdbcTemplate jdbc;

    CouponStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CouponDraft draft, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO coupon (name, kind, amount, "
                    + "basis_points, cap_amount, minimum_amount, product_ids, category_ids, brand_ids, valid_from, "
                    + "valid_until, valid_days, per_member_limit, total_limit, issue_method, grade_code, "
                    + "combines_with_grade, active, used_count, issued_count, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0, 0, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            Object[] values = values(draft);
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.setObject(values.length + 1, DbTime.param(now));
            insert.setObject(values.length + 2, DbTime.param(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    boolean update(long id, CouponDraft draft, Instant now) {
        Object[] values = values(draft);
        Object[] all = Arrays.copyOf(values, values.length + 2);
        all[values.length] = DbTime.param(now);
        all[values.length + 1] = id;
        return jdbc.update("UPDATE coupon SET name = ?, kind = ?, amount = ?, basis_points = ?, cap_amount = ?, "
                + "minimum_amount = ?, product_ids = ?, category_ids = ?, brand_ids = ?, valid_from = ?, "
                + "valid_until = ?, valid_days = ?, per_member_limit = ?, total_limit = ?, issue_method = ?, "
                + "grade_code = ?, combines_with_grade = ?, updated_at = ? WHERE id = ?", all) == 1;
    }

    boolean deactivate(long id, Instant now) {
        return jdbc.update("UPDATE coupon SET active = FALSE, updated_at = ? WHERE id = ?", DbTime.param(now), id) == 1;
    }

    Optional<CouponRow> find(long id) {
        return jdbc.query("SELECT " + COUPON_COLUMNS + " FROM coupon WHERE id = ?", CouponStore::coupon, id).stream()
                .findFirst();
    }

    List<CouponRow> all() {
        return jdbc.query("SELECT " + COUPON_COLUMNS + " FROM coupon ORDER BY id DESC", CouponStore::coupon);
    }

    List<CouponRow> active(CouponIssueMethod method) {
        return jdbc.query("SELECT " + COUPON_COLUMNS + " FROM coupon WHERE issue_method = ? AND active = TRUE "
                + "ORDER BY id", CouponStore::coupon, method.name());
    }

    /** How many copies of the coupon the member has been issued, used or not. */
    int copiesHeld(long couponId, long memberId) {
        Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM member_coupon WHERE coupon_id = ? AND member_id = ?",
                Integer.class, couponId, memberId);
        return held == null ? 0 : held;
    }

    /** Whether the member was issued a copy for this reason already (a retried event, a second run on one day). */
    boolean issuedFor(long couponId, long memberId, String issuedBy) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM member_coupon WHERE coupon_id = ? AND member_id = ? "
                + "AND issued_by = ?", Integer.class, couponId, memberId, issuedBy);
        return found != null && found > 0;
    }

    /** Inserts a copy numbered {@code copyNumber}; the unique key refuses a number issued meanwhile. */
    long insertCopy(long couponId, long memberId, int copyNumber, Instant issuedAt, String issuedBy, Instant validFrom,
            Instant validUntil) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO member_coupon (coupon_id, member_id, "
                    + "copy_number, issued_at, issued_by, valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, couponId);
            insert.setLong(2, memberId);
            insert.setInt(3, copyNumber);
            insert.setObject(4, DbTime.param(issuedAt));
            insert.setString(5, issuedBy);
            insert.setObject(6, DbTime.param(validFrom));
            insert.setObject(7, DbTime.param(validUntil));
            return insert;
        }, key);
        jdbc.update("UPDATE coupon SET issued_count = issued_count + 1 WHERE id = ?", couponId);
        return key.getKey().longValue();
    }

    Optional<HeldCoupon> copy(long memberId, long copyId) {
        return jdbc.query("SELECT " + COPY_COLUMNS + ", c." + COUPON_COLUMNS.replace(", ", ", c.")
                + " FROM member_coupon m JOIN coupon c ON c.id = m.coupon_id WHERE m.id = ? AND m.member_id = ?",
                CouponStore::held, copyId, memberId).stream().findFirst();
    }

    List<HeldCoupon> copies(long memberId) {
        return jdbc.query("SELECT " + COPY_COLUMNS + ", c." + COUPON_COLUMNS.replace(", ", ", c.")
                + " FROM member_coupon m JOIN coupon c ON c.id = m.coupon_id WHERE m.member_id = ? ORDER BY m.id DESC",
                CouponStore::held, memberId);
    }

    /** Counts one use against the total limit; false when the coupon is used up or switched off. */
    boolean takeUse(long couponId) {
        return jdbc.update("UPDATE coupon SET used_count = used_count + 1 WHERE id = ? AND active = TRUE "
                + "AND (total_limit IS NULL OR used_count < total_limit)", couponId) == 1;
    }

    /** Marks the copy used by the order; false when it was used already (by a concurrent checkout). */
    boolean markUsed(long copyId, long memberId, String orderNumber, Instant at) {
        return jdbc.update("UPDATE member_coupon SET used_order_number = ?, used_at = ? WHERE id = ? AND member_id = ? "
                + "AND used_order_number IS NULL", orderNumber, DbTime.param(at), copyId, memberId) == 1;
    }

    /** Gives the copy back if that order used it; false when it did not (released already). */
    boolean markUnused(long copyId, long memberId, String orderNumber) {
        return jdbc.update("UPDATE member_coupon SET used_order_number = NULL, used_at = NULL WHERE id = ? "
                + "AND member_id = ? AND used_order_number = ?", copyId, memberId, orderNumber) == 1;
    }

    void giveUseBack(long couponId) {
        jdbc.update("UPDATE coupon SET used_count = used_count - 1 WHERE id = ? AND used_count > 0", couponId);
    }

    private static Object[] values(CouponDraft draft) {
        return new Object[] {draft.name().strip(), draft.kind().name(),
                draft.kind() == CouponKind.FIXED ? draft.amount().won() : 0L,
                draft.kind() == CouponKind.PERCENT ? draft.basisPoints() : 0,
                draft.kind() == CouponKind.PERCENT && draft.cap() != null ? draft.cap().won() : null,
                draft.minimumAmount().won(), ids(draft.productIds()), ids(draft.categoryIds()), ids(draft.brandIds()),
                DbTime.param(draft.validFrom()), DbTime.param(draft.validUntil()), draft.validDays(),
                draft.perMemberLimit(), draft.totalLimit(), draft.issueMethod().name(),
                draft.issueMethod() == CouponIssueMethod.GRADE ? draft.gradeCode() : null, draft.combinesWithGrade()};
    }

    static String ids(Set<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Set<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    private static CouponRow coupon(ResultSet row, int number) throws SQLException {
        long cap = row.getLong("cap_amount");
        Money capAmount = row.wasNull() ? null : Money.won(cap);
        int days = row.getInt("valid_days");
        Integer validDays = row.wasNull() ? null : days;
        int total = row.getInt("total_limit");
        Integer totalLimit = row.wasNull() ? null : total;
        CouponDraft draft = new CouponDraft(row.getString("name"), CouponKind.valueOf(row.getString("kind")),
                Money.won(row.getLong("amount")), row.getInt("basis_points"), capAmount,
                Money.won(row.getLong("minimum_amount")), ids(row.getString("product_ids")),
                ids(row.getString("category_ids")), ids(row.getString("brand_ids")), DbTime.read(row, "valid_from"),
                DbTime.read(row, "valid_until"), validDays, row.getInt("per_member_limit"), totalLimit,
                CouponIssueMethod.valueOf(row.getString("issue_method")), row.getString("grade_code"),
                row.getBoolean("combines_with_grade"));
        return new CouponRow(row.getLong("id"), draft, row.getBoolean("active"), row.getInt("issued_count"),
                row.getInt("used_count"));
    }

    private static HeldCoupon held(ResultSet row, int number) throws SQLException {
        return new HeldCoupon(row.getLong("copy_id"), row.getLong("member_id"), coupon(row, number),
                DbTime.read(row, "issued_at"), DbTime.read(row, "copy_from"), DbTime.read(row, "copy_until"),
                row.getString("used_order_number"), DbTime.read(row, "used_at"));
    }
}
