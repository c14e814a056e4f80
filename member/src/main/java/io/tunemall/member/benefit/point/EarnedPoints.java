package io.tunemall.member.benefit.point;

/**
 * An order's earn as a cancellation sees it.
 *
 * @param amount what the order earned
 * @param remaining what is still unspent and unexpired
 * @param expiredNotWaived what expired unspent and no earlier cancellation has counted yet
 * @param cancelledSoFar what earlier cancellations covered (taken back, counted as expired, or shortfall)
 */
record EarnedPoints(long amount, long remaining, long expiredNotWaived, long cancelledSoFar) {

    long cancellable() {
        return amount - cancelledSoFar;
    }

    /**
     * How a cancellation of the requested amount is covered: first the earn's unspent rest; then points of it that
     * expired anyway, which the member never had the use of and so owes nothing for; only the spent part is then
     * taken from the member's other points.
     */
    Plan cancel(long requested) {
        if (requested > cancellable()) {
            throw new IllegalStateException("Cannot cancel " + requested + " of " + cancellable() + " points");
        }
        long fromRemainder = Math.min(requested, remaining);
        long rest = requested - fromRemainder;
        long expired = Math.min(rest, expiredNotWaived);
        return new Plan(fromRemainder, expired, rest - expired);
    }

    /**
     * @param fromRemainder taken from the earn's own unspent rest
     * @param expired counted as expired, nothing taken
     * @param fromOtherPoints to take from the member's other points, as far as they go
     */
    record Plan(long fromRemainder, long expired, long fromOtherPoints) {
    }
}
