package io.tunemall.order.api;

/**
 * Where and to whom the order ships: a Korean address as the postcode search gives it.
 *
 * @param recipientPhone digits only once accepted
 * @param postalCode the 5-digit postal code (국가기초구역번호)
 * @param roadAddress the road-name address (도로명주소), such as {@code 서울특별시 중구 세종대로 110}
 * @param detailAddress building, floor, unit (상세주소)
 */
public record ShippingAddress(String recipientName, String recipientPhone, String postalCode, String roadAddress,
        String detailAddress) {
}
