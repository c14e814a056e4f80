package io.tunemall.member.api;

/**
 * An address as the member typed it.
 *
 * @param label the member's name for it; optional
 * @param recipient who receives the parcel
 * @param phone the recipient's phone
 * @param postalCode the five-digit postal code
 * @param roadAddress the road-name address
 * @param detailAddress 동·호수; optional
 * @param makeDefault whether it becomes the default address
 */
public record AddressDraft(String label, String recipient, String phone, String postalCode, String roadAddress,
        String detailAddress, boolean makeDefault) {
}
