package io.tunemall.member.address;

import io.tunemall.member.api.AddressDraft;
import io.tunemall.member.api.ShippingAddress;
import io.tunemall.platform.privacy.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An entry of a member's address book; every part of it is encrypted. */
@Entity
@Table(name = "member_address")
class MemberAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Convert(converter = EncryptedText.class)
    private String label;

    @Convert(converter = EncryptedText.class)
    private String recipient;

    @Convert(converter = EncryptedText.class)
    private String phone;

    @Convert(converter = EncryptedText.class)
    @Column(name = "postal_code")
    private String postalCode;

    @Convert(converter = EncryptedText.class)
    @Column(name = "road_address")
    private String roadAddress;

    @Convert(converter = EncryptedText.class)
    @Column(name = "detail_address")
    private String detailAddress;

    @Column(name = "is_default")
    private boolean defaultAddress;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MemberAddress() {
    }

    MemberAddress(long memberId, Instant at) {
        this.memberId = memberId;
        this.createdAt = at;
    }

    long id() {
        return id;
    }

    long memberId() {
        return memberId;
    }

    boolean defaultAddress() {
        return defaultAddress;
    }

    void fill(AddressDraft draft, String phone, Instant at) {
        this.label = draft.label();
        this.recipient = draft.recipient();
        this.phone = phone;
        this.postalCode = draft.postalCode();
        this.roadAddress = draft.roadAddress();
        this.detailAddress = draft.detailAddress();
        this.updatedAt = at;
    }

    void markDefault(boolean isDefault) {
        this.defaultAddress = isDefault;
    }

    ShippingAddress view() {
        return new ShippingAddress(id, label, recipient, phone, postalCode, roadAddress, detailAddress, defaultAddress);
    }
}
