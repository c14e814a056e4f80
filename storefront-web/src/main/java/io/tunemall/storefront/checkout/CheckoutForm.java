package io.tunemall.storefront.checkout;

import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.sdk.Money;
import java.util.Locale;

/** The checkout form as typed. */
public class CheckoutForm {

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

    CheckoutRequest request(Locale locale) {
        return new CheckoutRequest(new Orderer(ordererName, ordererPhone, ordererEmail),
                new ShippingAddress(recipientName, recipientPhone, postalCode, roadAddress, detailAddress),
                deliveryMessage, guestPassword, pointsToUse == null || pointsToUse < 0 ? Money.ZERO : Money.won(pointsToUse),
                couponId == null || couponId.isBlank() ? null : couponId.strip(),
                expectedAmount == null || expectedAmount < 0 ? null : Money.won(expectedAmount), checkoutToken, locale);
    }

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
}
