package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Orderer;
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
 */
@Schema(name = "CheckoutForm")
record CheckoutJson(OrdererJson orderer, AddressJson address, String deliveryMessage, String guestPassword, Long points,
        String couponId, Long expectedAmount) {

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
                expectedAmount == null ? null : Money.won(expectedAmount), checkoutToken, locale);
    }
}
