package io.tunemall.member.api;

/**
 * An entry of a member's address book (Korean road-name address), decrypted.
 *
 * @param id the entry's id
 * @param label the member's name for it ("집", "회사"); may be null
 * @param recipient who receives the parcel
 * @param phone the recipient's phone
 * @param postalCode the five-digit postal code (우편번호)
 * @param roadAddress the road-name address (도로명 주소)
 * @param detailAddress the part after it (동·호수); may be null
 * @param defaultAddress whether it is the member's default
 */
public record ShippingAddress(long id, String label, String recipient, String phone, String postalCode,
        String roadAddress, String detailAddress, boolean defaultAddress) {
}
