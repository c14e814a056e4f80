package io.tunemall.member.api;

import io.tunemall.platform.error.ShopException;

/** Why a gift card cannot be used. Answered as problem+json with code {@code gift-card-<reason>}. */
public class GiftCardRefused extends ShopException {

    /** The reasons, each with its HTTP status and the message an API client sees. */
    public enum Reason {
        MALFORMED(422, "This is not a valid gift card code; check it for typos"),
        UNKNOWN(422, "No gift card has this code"),
        ALREADY_USED(409, "This gift card has already been used"),
        EXPIRED(409, "This gift card has expired"),
        VOIDED(409, "This gift card has been cancelled by the shop"),
        HELD(409, "This gift card is being used in another checkout"),
        NOT_HELD(409, "The order holds no gift card");

        private final int status;
        private final String message;

        Reason(int status, String message) {
            this.status = status;
            this.message = message;
        }

        public String code() {
            return "gift-card-" + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public GiftCardRefused(Reason reason) {
        super(reason.status, reason.code(), reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
