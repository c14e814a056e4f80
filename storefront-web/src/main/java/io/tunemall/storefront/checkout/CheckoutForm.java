package io.tunemall.storefront.checkout;

import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.PaymentChoice;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.platform.tuning.field.FieldValues;
import io.tunemall.sdk.Money;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The checkout form as typed. */
public class CheckoutForm {

    private static final String CUSTOM_PREFIX = "custom:";

    private String ordererName;
    private String ordererPhone;
    private String ordererEmail;
    private String recipientName;
    private String recipientPhone;
    private String postalCode;
    private String roadAddress;
    private String detailAddress;
    private String deliveryMessage;
    private String guestPassword;
    private String guestPasswordConfirm;
    private Long pointsToUse;
    private String couponId;
    private Long expectedAmount;
    private String checkoutToken;
    /** Tuning modules' order custom field inputs ({@code custom:{module}:{field}}), which have no property here. */
    private Map<String, String> orderFields = Map.of();
    private Long addressId;
    private String paymentMethod;
    private String cashReceiptType;
    private String cashReceiptIdentity;

    CheckoutRequest request(Locale locale) {
        return new CheckoutRequest(new Orderer(ordererName, ordererPhone, ordererEmail),
                new ShippingAddress(recipientName, recipientPhone, postalCode, roadAddress, detailAddress),
                deliveryMessage, guestPassword, pointsToUse == null || pointsToUse < 0 ? Money.ZERO : Money.won(pointsToUse),
                couponId == null || couponId.isBlank() ? null : couponId.strip(),
                expectedAmount == null || expectedAmount < 0 ? null : Money.won(expectedAmount), checkoutToken, locale,
                orderFields, new PaymentChoice(paymentMethod, cashReceiptType, cashReceiptIdentity));
    }

    /** Takes the submitted inputs of tuning modules' order custom fields from the request's parameters. */
    void takeOrderFields(HttpServletRequest request) {
        Map<String, String> inputs = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(CUSTOM_PREFIX) && values.length > 0 && values[0] != null) {
                inputs.put(name, values[0]);
            }
        });
        orderFields = Map.copyOf(inputs);
    }

    /** What was submitted for the modules' order fields, for the checkout slot to show it again after a refusal. */
    public FieldValues orderFieldValues() {
        Map<String, Object> values = new HashMap<>();
        orderFields.forEach((name, value) -> values.put(name.substring(CUSTOM_PREFIX.length()), value));
        return new FieldValues(values);
    }

    public String getPaymentMethod() { return paymentMethod; }
    public void setPaymentMethod(String paymentMethod) { this.paymentMethod = paymentMethod; }
    public String getCashReceiptType() { return cashReceiptType; }
    public void setCashReceiptType(String cashReceiptType) { this.cashReceiptType = cashReceiptType; }
    public String getCashReceiptIdentity() { return cashReceiptIdentity; }
    public void setCashReceiptIdentity(String cashReceiptIdentity) { this.cashReceiptIdentity = cashReceiptIdentity; }
    public String getOrdererName() { return ordererName; }
    public void setOrdererName(String ordererName) { this.ordererName = ordererName; }
    public String getOrdererPhone() { return ordererPhone; }
    public void setOrdererPhone(String ordererPhone) { this.ordererPhone = ordererPhone; }
    public String getOrdererEmail() { return ordererEmail; }
    public void setOrdererEmail(String ordererEmail) { this.ordererEmail = ordererEmail; }
    public String getRecipientName() { return recipientName; }
    public void setRecipientName(String recipientName) { this.recipientName = recipientName; }
    public String getRecipientPhone() { return recipientPhone; }
    public void setRecipientPhone(String recipientPhone) { this.recipientPhone = recipientPhone; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getRoadAddress() { return roadAddress; }
    public void setRoadAddress(String roadAddress) { this.roadAddress = roadAddress; }
    public String getDetailAddress() { return detailAddress; }
    public void setDetailAddress(String detailAddress) { this.detailAddress = detailAddress; }
    public String getDeliveryMessage() { return deliveryMessage; }
    public void setDeliveryMessage(String deliveryMessage) { this.deliveryMessage = deliveryMessage; }
    public String getGuestPassword() { return guestPassword; }
    public void setGuestPassword(String guestPassword) { this.guestPassword = guestPassword; }
    public String getGuestPasswordConfirm() { return guestPasswordConfirm; }
    public void setGuestPasswordConfirm(String guestPasswordConfirm) { this.guestPasswordConfirm = guestPasswordConfirm; }
    public Long getPointsToUse() { return pointsToUse; }
    public void setPointsToUse(Long pointsToUse) { this.pointsToUse = pointsToUse; }
    public String getCouponId() { return couponId; }
    public void setCouponId(String couponId) { this.couponId = couponId; }
    public Long getExpectedAmount() { return expectedAmount; }
    public void setExpectedAmount(Long expectedAmount) { this.expectedAmount = expectedAmount; }
    public String getCheckoutToken() { return checkoutToken; }
    public void setCheckoutToken(String checkoutToken) { this.checkoutToken = checkoutToken; }
    public Long getAddressId() { return addressId; }
    public void setAddressId(Long addressId) { this.addressId = addressId; }

    /** Ships to an entry of the member's address book. */
    void shipTo(io.tunemall.member.api.ShippingAddress address) {
        addressId = address.id();
        recipientName = address.recipient();
        recipientPhone = address.phone();
        postalCode = address.postalCode();
        roadAddress = address.roadAddress();
        detailAddress = address.detailAddress();
    }
}
