package io.tunemall.order.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who ordered and where it ships, every value encrypted as {@link SealedParties} gave it. */
@Embeddable
public class OrderParties {

    @Column(name = "orderer_name")
    private String ordererName;

    @Column(name = "orderer_phone")
    private String ordererPhone;

    @Column(name = "orderer_email")
    private String ordererEmail;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(name = "recipient_phone")
    private String recipientPhone;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "road_address")
    private String roadAddress;

    @Column(name = "detail_address")
    private String detailAddress;

    @Column(name = "delivery_message")
    private String deliveryMessage;

    protected OrderParties() {
    }

    OrderParties(SealedParties sealed) {
        this.ordererName = sealed.ordererName();
        this.ordererPhone = sealed.ordererPhone();
        this.ordererEmail = sealed.ordererEmail();
        this.recipientName = sealed.recipientName();
        this.recipientPhone = sealed.recipientPhone();
        this.postalCode = sealed.postalCode();
        this.roadAddress = sealed.roadAddress();
        this.detailAddress = sealed.detailAddress();
        this.deliveryMessage = sealed.deliveryMessage();
    }

    public SealedParties sealed() {
        return new SealedParties(ordererName, ordererPhone, ordererEmail, recipientName, recipientPhone, postalCode,
                roadAddress, detailAddress, deliveryMessage);
    }
}
