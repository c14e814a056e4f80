package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.member.api.AddressDraft;
import io.tunemall.member.api.ShippingAddress;
import java.util.List;

/**
 * An entry of the member's address book.
 *
 * @param label the member's name for it (집, 회사)
 * @param phone the recipient's phone
 * @param postalCode the 5-digit postal code (우편번호)
 * @param roadAddress the road-name address (도로명주소)
 * @param detailAddress building, floor, unit (상세주소)
 * @param defaultAddress whether checkout offers it first; exactly one entry is the default
 */
@Schema(name = "MemberAddress")
record MemberAddressJson(long id, @Schema(types = {"string", "null"}) String label, String recipient, String phone,
        String postalCode, String roadAddress, @Schema(types = {"string", "null"}) String detailAddress,
        boolean defaultAddress) {

    /** @param items the default address first, then the others in the order they were added */
    @Schema(name = "MemberAddressList")
    record ListJson(List<MemberAddressJson> items) {
    }

    /**
     * An address as the member types it.
     *
     * @param label optional, at most 30 characters
     * @param detailAddress optional
     * @param makeDefault make it the default address; the first address is the default anyway
     */
    @Schema(name = "MemberAddressForm")
    record Form(String label, String recipient, String phone, String postalCode, String roadAddress,
            String detailAddress, Boolean makeDefault) {

        AddressDraft draft() {
            return new AddressDraft(label, recipient, phone, postalCode, roadAddress, detailAddress,
                    Boolean.TRUE.equals(makeDefault));
        }
    }

    static MemberAddressJson of(ShippingAddress address) {
        return new MemberAddressJson(address.id(), address.label(), address.recipient(), address.phone(),
                address.postalCode(), address.roadAddress(), address.detailAddress(), address.defaultAddress());
    }

    static ListJson list(List<ShippingAddress> addresses) {
        return new ListJson(addresses.stream().map(MemberAddressJson::of).toList());
    }
}
