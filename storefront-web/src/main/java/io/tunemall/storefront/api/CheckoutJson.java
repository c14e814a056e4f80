package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.PaymentChoice;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.sdk.Money;
import java.util.Locale;

/**
 * What the shopper fills in at checkout. For a preview every part may still be missing; placing checks them all.
 *
 * @param deliveryMessage a request to the courier (배송 요청사항)
 * @param guestPassword the password a guest looks the order up with (4 to 20 characters); ignored for members
 * @param points points (적립금) to use, members only
 * @param couponId the member's coupon to use
 * @param expectedAmount the final amount the shopper agreed to pay (from the preview); when the price changed since,
 *     the order is refused with {@code amount-changed}
 * @param payment how the shopper pays; card when left out
 */
@Schema(name = "CheckoutForm")
record CheckoutJson(OrdererJson orderer, AddressJson address, String deliveryMessage, String guestPassword, Long points,
        String couponId, Long expectedAmount, PaymentJson payment) {

    /**
     * @param method one of the methods the shop offers: {@code CARD}, {@code TRANSFER}, {@code VIRTUAL_ACCOUNT},
     *     {@code NAVER_PAY}, {@code KAKAO_PAY}, {@code TOSS_PAY}
     * @param cashReceiptType for {@code TRANSFER} and {@code VIRTUAL_ACCOUNT}: {@code INCOME_DEDUCTION} (a mobile or
     *     cash receipt card number) or {@code EXPENSE_PROOF} (a 10-digit business number); left out for none
     * @param cashReceiptIdentity the number the cash receipt is issued to; sent to the gateway, never stored
     */
    @Schema(name = "PaymentChoice")
    record PaymentJson(String method, String cashReceiptType, String cashReceiptIdentity) {
    }

    /** @param phone mobile number, with or without hyphens */
    @Schema(name = "Orderer")
    record OrdererJson(String name, String phone, String email) {
    }

    /**
     * @param postalCode the 5-digit postal code (국가기초구역번호)
     * @param roadAddress the road-name address (도로명주소)
     * @param detailAddress building, floor, unit (상세주소)
     */
    @Schema(name = "ShippingAddress")
    record AddressJson(String recipientName, String recipientPhone, String postalCode, String roadAddress,
            String detailAddress) {
    }

    CheckoutRequest request(String checkoutToken, Locale locale) {
        return new CheckoutRequest(orderer == null ? new Orderer(null, null, null)
                        : new Orderer(orderer.name(), orderer.phone(), orderer.email()),
                address == null ? new ShippingAddress(null, null, null, null, null)
                        : new ShippingAddress(address.recipientName(), address.recipientPhone(), address.postalCode(),
                                address.roadAddress(), address.detailAddress()),
                deliveryMessage, guestPassword, points == null ? Money.ZERO : Money.won(points), couponId,
                expectedAmount == null ? null : Money.won(expectedAmount), checkoutToken, locale, null,
                payment == null ? null
                        : new PaymentChoice(payment.method(), payment.cashReceiptType(), payment.cashReceiptIdentity()));
    }
}
