package io.tunemall.order.refund;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * Money the order owes the shopper, published in the transaction that decided it (a completed return) and refunded
 * after commit through the outbox. Internal to the order module; cancellations come as OrderCancelled.
 *
 * @param refundKey what makes it unique: the same key is refunded once however often it is delivered
 * @param taxFreeAmount the tax-free (면세) part of the amount ({@link io.tunemall.order.order.Order#taxFreePartOf})
 */
public record RefundDue(String orderNumber, String refundKey, Long claimId, Money amount, String reason,
        List<Integer> lineNumbers, Money taxFreeAmount) {

    public RefundDue {
        lineNumbers = List.copyOf(lineNumbers);
    }

    /** The key of a cancellation: its lines are cancelled only once, so they name it. */
    public static String cancellationKey(String orderNumber, List<Integer> lineNumbers) {
        return "cancel-" + orderNumber + "-" + lineNumbers.stream().sorted().map(String::valueOf)
                .reduce((a, b) -> a + "." + b).orElse("all");
    }

    public static String claimKey(long claimId) {
        return "claim-" + claimId;
    }
}
