package io.tunemall.storefront.account;

import io.tunemall.member.api.AddressDraft;
import io.tunemall.member.api.ShippingAddress;

/** An address book entry as typed. */
public class AddressForm {

    private String label;
    private String recipient;
    private String phone;
    private String postalCode;
    private String roadAddress;
    private String detailAddress;
    private boolean makeDefault;

    static AddressForm of(ShippingAddress address) {
        AddressForm form = new AddressForm();
        form.label = address.label();
        form.recipient = address.recipient();
        form.phone = address.phone();
        form.postalCode = address.postalCode();
        form.roadAddress = address.roadAddress();
        form.detailAddress = address.detailAddress();
        form.makeDefault = address.defaultAddress();
        return form;
    }

    AddressDraft draft() {
        return new AddressDraft(label, recipient, phone, postalCode, roadAddress, detailAddress, makeDefault);
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getRoadAddress() { return roadAddress; }
    public void setRoadAddress(String roadAddress) { this.roadAddress = roadAddress; }
    public String getDetailAddress() { return detailAddress; }
    public void setDetailAddress(String detailAddress) { this.detailAddress = detailAddress; }
    public boolean isMakeDefault() { return makeDefault; }
    public void setMakeDefault(boolean makeDefault) { this.makeDefault = makeDefault; }
}
