package io.tunemall.order.api;

import java.util.List;

/**
 * Returns and exchanges of delivered lines, and requests to cancel an order being prepared ({@link ClaimKind#CANCEL}:
 * all its lines, whatever lines the request names; approving it cancels the order at once). Each step is checked against the claim's state machine (refused with a
 * 409 problem otherwise), recorded in the order's history with who and why, and takes effect in one transaction:
 * a completed return restocks its units and has its refund sent after commit (once); a completed exchange takes
 * stock for the replacement and records its re-shipment.
 */
public interface Claims {

    List<ClaimView> ofOrder(String orderNumber);

    /** Requests a claim; publishes {@code ClaimRequested}. */
    ClaimView request(ClaimRequest request, Actor actor);

    ClaimView approve(long claimId, Actor actor, String note);

    ClaimView reject(long claimId, Actor actor, String note);

    /** The shopper takes the request back before the items are collected. */
    ClaimView withdraw(long claimId, Actor actor);

    /** The returned items arrived at the shop. */
    ClaimView collect(long claimId, Actor actor, String note);

    /** Return: refund and restock. Exchange: take stock for the replacement and record its re-shipment. */
    ClaimView complete(long claimId, Actor actor, String note);
}
