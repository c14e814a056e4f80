package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.util.List;
import java.util.Locale;

/**
 * An order an integration submits for a customer.
 *
 * @param memberId the shop member it is for (member prices and grade benefits apply), or null for a guest
 * @param lines what is ordered, by SKU; the same SKU twice is added up
 * @param deliveryMessage a request to the courier, or null
 * @param payment money already collected outside the shop, or null when the order waits for payment
 * @param expectedAmount the amount the integration charged or will charge; when given and the shop's price differs,
 *     the order is refused with {@code amount-changed} and the shop's amount
 * @param actor who submits it, as the order's history records it (such as {@code app 마켓 연동})
 */
public record SubmittedOrder(Long memberId, List<Line> lines, Orderer orderer, ShippingAddress address,
        String deliveryMessage, ExternalPayment payment, Money expectedAmount, Actor actor, Locale locale) {

    public SubmittedOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
        locale = locale == null ? Locale.KOREAN : locale;
    }

    /** One line: a variant by its SKU and how many. */
    public record Line(String sku, int quantity) {
    }

    /**
     * Payment taken outside the shop (a marketplace's settlement, a POS terminal).
     *
     * @param method what the integration calls it, such as {@code EXTERNAL}
     * @param reference the integration's own id of the payment; stored as the order's payment id
     */
    public record ExternalPayment(String method, String reference) {
    }
}
