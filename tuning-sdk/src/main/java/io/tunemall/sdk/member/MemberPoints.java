package io.tunemall.sdk.member;

import io.tunemall.sdk.Money;
import java.time.LocalDate;

/**
 * Members' points (적립금) for a module: give points with a reason the member reads in their statement, and read a
 * balance. One point is one won. Obtained with {@code context.facade(MemberPoints.class)}; empty on a platform that
 * does not offer it.
 *
 * <h2>When it runs</h2>
 * At once, in the caller's transaction when there is one (a listener's or a {@code ModuleDatabase.inTransaction}
 * block), so a module can record in its own table that it gave something and give it in one go: both happen or
 * neither does. That is how a module gives points once per member and month, or once per order.
 *
 * <h2>Failure policy</h2>
 * A refused grant throws {@link IllegalArgumentException} with the reason (no amount, an amount above the platform's
 * limit for one grant, an empty or too long reason, a past expiry day). Each grant is recorded in the shop's audit
 * log under the module's name.
 *
 * @since 1.0
 */
public interface MemberPoints {

    /**
     * Gives {@code amount} points to a member, spendable through {@code validThrough} (the last day, in the shop's zone,
     * Asia/Seoul).
     *
     * @param reason what the member reads in their points statement, such as "임직원 월 포인트 (2026-12)"
     * @param validThrough the last day the points can be spent; null for the shop's default validity
     * @since 1.0
     */
    void give(long memberId, Money amount, String reason, LocalDate validThrough);

    /**
     * What the member can spend now; zero for a member who never had points.
     *
     * @since 1.0
     */
    Money balance(long memberId);
}
