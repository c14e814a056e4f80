package io.tunemall.payment.api;

import java.util.Optional;

/**
 * The built-in test gateway's approval page (storefront {@code /pay/test/{token}}): it stands in for a real gateway's
 * payment window, so the whole checkout works on the embedded default without moving money. Each button answers
 * where to send the shopper, exactly as a real gateway would: the shop's success URL with {@code paymentKey},
 * {@code orderId} and {@code amount}, or its fail URL with {@code code}, {@code message} and {@code orderId}.
 */
public interface TestGatewayApprovals {

    Optional<TestApproval> find(String token);

    /** The shopper approves: answers the success URL to redirect to. */
    String approve(String token);

    /** The payment fails as a card company's refusal would: answers the fail URL. */
    String fail(String token);

    /** The shopper closes the window: answers the fail URL with {@code PAY_PROCESS_CANCELED}. */
    String cancel(String token);

    /**
     * The shopper deposits into the issued virtual account: the test gateway sends its deposit callback through the
     * same verification as a real gateway's.
     */
    void deposit(String token);
}
