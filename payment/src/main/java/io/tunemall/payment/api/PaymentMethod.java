package io.tunemall.payment.api;

/**
 * How a shopper pays. The shop owner switches each on or off ({@link PaymentSettings}); the gateway carries them all.
 * Bank transfer and virtual account are prepaid cash: they get a cash receipt (현금영수증) and, when the shop turns it
 * on, the gateway's escrow (구매안전서비스).
 */
public enum PaymentMethod {
    CARD,
    /** 계좌이체: real-time transfer from the shopper's account. */
    TRANSFER,
    /** 가상계좌: the gateway issues an account, the order is paid when the shopper deposits into it. */
    VIRTUAL_ACCOUNT,
    NAVER_PAY,
    KAKAO_PAY,
    TOSS_PAY;

    /** Prepaid cash, for which cash receipts and escrow apply. */
    public boolean isCash() {
        return this == TRANSFER || this == VIRTUAL_ACCOUNT;
    }

    /** An easy-pay wallet reached through the gateway's payment window. */
    public boolean isWallet() {
        return this == NAVER_PAY || this == KAKAO_PAY || this == TOSS_PAY;
    }
}
