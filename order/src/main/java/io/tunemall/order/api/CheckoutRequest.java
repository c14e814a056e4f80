package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.util.Locale;
import java.util.Map;

/**
 * What the shopper filled in on the checkout page.
 *
 * @param address may be partly empty while the page is only shown (a preview); checked in full when placing
 * @param deliveryMessage a request to the courier (배송 요청사항), or null
 * @param guestPassword the password a guest looks the order up with; ignored for members
 * @param pointsToUse points (적립금) the shopper wants to use; zero or null for none
 * @param couponId the coupon chosen, or null
 * @param expectedAmount the final amount the shopper saw and agreed to pay; when given and the price has changed since,
 *     the order is not placed and the new amount is shown
 * @param checkoutToken the form's one-time token: the same token placed twice gives the same order
 * @param locale the shopper's language
 * @param orderFields what the shopper typed into tuning modules' order custom fields, by input name
 *     ({@code custom:{module}:{field}}); checked by the fields' rules, handed to the modules' validators and stored with
 *     the order
 * @param payment how the shopper chose to pay; null is card
 */
public record CheckoutRequest(Orderer orderer, ShippingAddress address, String deliveryMessage, String guestPassword,
        Money pointsToUse, String couponId, Money expectedAmount, String checkoutToken, Locale locale,
        Map<String, String> orderFields, PaymentChoice payment) {

    public CheckoutRequest {
        locale = locale == null ? Locale.KOREAN : locale;
        orderFields = orderFields == null ? Map.of() : Map.copyOf(orderFields);
        payment = payment == null ? PaymentChoice.CARD : payment;
    }

    /** A checkout paid by card. */
    public CheckoutRequest(Orderer orderer, ShippingAddress address, String deliveryMessage, String guestPassword,
            Money pointsToUse, String couponId, Money expectedAmount, String checkoutToken, Locale locale,
            Map<String, String> orderFields) {
        this(orderer, address, deliveryMessage, guestPassword, pointsToUse, couponId, expectedAmount, checkoutToken,
                locale, orderFields, null);
    }

    /** A checkout paid by card, without order custom fields. */
    public CheckoutRequest(Orderer orderer, ShippingAddress address, String deliveryMessage, String guestPassword,
            Money pointsToUse, String couponId, Money expectedAmount, String checkoutToken, Locale locale) {
        this(orderer, address, deliveryMessage, guestPassword, pointsToUse, couponId, expectedAmount, checkoutToken,
                locale, Map.of(), null);
    }

    public Money points() {
        return pointsToUse == null ? Money.ZERO : pointsToUse;
    }

    public String postalCode() {
        return address == null ? null : address.postalCode();
    }
}
