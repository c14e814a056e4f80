package io.tunemall.admin.members;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.member.api.ConsentState;
import io.tunemall.member.api.MemberDetail;
import io.tunemall.member.api.ShippingAddress;
import java.time.Instant;
import java.util.List;

/**
 * One member in the admin API, masked ({@code masked} is always true here: unmasking stays a console action with a
 * reason). Personal data is null once the member withdrew.
 *
 * @param birthDate only the year while masked
 * @param under14AtSignUp whether the member signed up under 14 with a guardian's consent
 */
@Schema(name = "AdminMember")
record MemberResource(long memberId, String status, boolean masked, @Schema(types = {"string", "null"}) String name,
        @Schema(types = {"string", "null"}) String email, @Schema(types = {"string", "null"}) String phone,
        @Schema(types = {"string", "null"}) String birthDate, boolean under14AtSignUp, Instant joinedAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant lastLoginAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant withdrawnAt, List<Consent> consents,
        List<Address> addresses) {

    /** The member's current decision on one kind of consent, and the version of the terms it was made on. */
    @Schema(name = "AdminMemberConsent")
    record Consent(String type, boolean granted, @Schema(types = {"string", "null"}) String termsVersion,
            @Schema(types = {"string", "null"}, format = "date-time") Instant decidedAt,
            @Schema(types = {"string", "null"}, format = "date-time") Instant confirmedAt) {
    }

    /** An entry of the member's address book, masked like the rest. */
    @Schema(name = "AdminMemberAddress")
    record Address(long id, @Schema(types = {"string", "null"}) String label, String recipient, String phone,
            String postalCode, String roadAddress, @Schema(types = {"string", "null"}) String detailAddress,
            boolean defaultAddress) {
    }

    static MemberResource of(MemberDetail member) {
        return new MemberResource(member.memberId(), member.status().name(), member.masked(), member.name(),
                member.email(), member.phone(), member.birthDate(), member.under14AtSignUp(), member.joinedAt(),
                member.lastLoginAt(), member.withdrawnAt(),
                member.consents().stream().map(MemberResource::consent).toList(),
                member.addresses().stream().map(MemberResource::address).toList());
    }

    private static Consent consent(ConsentState consent) {
        return new Consent(consent.type().name(), consent.granted(), consent.termsVersion(), consent.decidedAt(),
                consent.confirmedAt());
    }

    private static Address address(ShippingAddress address) {
        return new Address(address.id(), address.label(), address.recipient(), address.phone(), address.postalCode(),
                address.roadAddress(), address.detailAddress(), address.defaultAddress());
    }
}
