package io.tunemall.order.notice;

import io.tunemall.sdk.Money;
import java.util.List;
import java.util.Locale;

/**
 * The words of the mails about an order, in Korean (the default) and English. Bodies carry the order number, what was
 * bought and amounts, never a name, phone or address: the log-only sender of a shop without SMTP writes them to the log.
 */
final class OrderMailTexts {

    record Text(String subject, String body) {
    }

    private OrderMailTexts() {
    }

    /** English for orders placed in English, Korean for every other (and for orders of unknown language). */
    static boolean english(String language) {
        return "en".equals(language);
    }

    static Text paid(String language, String orderNumber, String orderName, Money amount, String lookupLink) {
        if (english(language)) {
            return new Text("[Tunemall] Payment received for order " + orderNumber, """
                    Thank you for your order. We received your payment and are preparing it for shipping.

                    Order number: %s
                    Items: %s
                    Amount paid: %s

                    Your order: %s
                    """.formatted(orderNumber, orderName, amount.format(Locale.ENGLISH), lookupLink));
        }
        return new Text("[Tunemall] 주문 " + orderNumber + " 결제가 완료되었습니다", """
                주문해 주셔서 감사합니다. 결제가 완료되어 상품을 준비하고 있습니다.

                주문번호: %s
                상품: %s
                결제 금액: %s

                주문 조회: %s
                """.formatted(orderNumber, orderName, amount.format(Locale.KOREAN), lookupLink));
    }

    static Text shipped(String language, String orderNumber, List<String> items, String carrierName,
            String trackingNumber, String trackingUrl, String lookupLink) {
        String list = String.join("\n", items.stream().map(item -> "- " + item).toList());
        if (english(language)) {
            return new Text("[Tunemall] Order " + orderNumber + " has shipped", """
                    Your order is on its way.

                    Order number: %s
                    Carrier: %s
                    Tracking number: %s
                    Track it: %s

                    In this parcel:
                    %s

                    Your order: %s
                    """.formatted(orderNumber, carrierName, trackingNumber, trackingUrl, list, lookupLink));
        }
        return new Text("[Tunemall] 주문 " + orderNumber + " 상품이 발송되었습니다", """
                주문하신 상품이 발송되었습니다.

                주문번호: %s
                택배사: %s
                송장번호: %s
                배송 조회: %s

                발송 상품:
                %s

                주문 조회: %s
                """.formatted(orderNumber, carrierName, trackingNumber, trackingUrl, list, lookupLink));
    }

    static Text cancelled(String language, String orderNumber, boolean wholeOrder, List<String> items,
            Money refund, boolean wasPaid, boolean expired, String lookupLink) {
        String list = String.join("\n", items.stream().map(item -> "- " + item).toList());
        if (english(language)) {
            String what = expired ? "Your order was cancelled because it was not paid in time."
                    : wholeOrder ? "Your order was cancelled." : "Some items of your order were cancelled.";
            String money = wasPaid ? "Refund: " + refund.format(Locale.ENGLISH)
                    + " (back to your payment method; card refunds may take a few business days)" : "Nothing was charged.";
            return new Text("[Tunemall] Order " + orderNumber + (wholeOrder ? " cancelled" : ": items cancelled"), """
                    %s

                    Order number: %s
                    Cancelled:
                    %s
                    %s

                    Your order: %s
                    """.formatted(what, orderNumber, list, money, lookupLink));
        }
        String what = expired ? "결제 기한이 지나 주문이 취소되었습니다." : wholeOrder ? "주문이 취소되었습니다." : "주문하신 상품 중 일부가 취소되었습니다.";
        String money = wasPaid ? "환불 금액: " + refund.format(Locale.KOREAN) + " (결제 수단으로 환불되며, 카드는 영업일 기준 며칠 걸릴 수 있습니다)"
                : "결제된 금액은 없습니다.";
        return new Text("[Tunemall] 주문 " + orderNumber + (wholeOrder ? " 취소 안내" : " 부분 취소 안내"), """
                %s

                주문번호: %s
                취소 상품:
                %s
                %s

                주문 조회: %s
                """.formatted(what, orderNumber, list, money, lookupLink));
    }
}
