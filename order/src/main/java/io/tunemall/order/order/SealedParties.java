package io.tunemall.order.order;

/**
 * The order's personal data, each value already encrypted ({@code PiiCipher.encrypt}): the entity never sees
 * plain names, phones or addresses.
 */
public record SealedParties(String ordererName, String ordererPhone, String ordererEmail, String recipientName,
        String recipientPhone, String postalCode, String roadAddress, String detailAddress, String deliveryMessage) {
}
