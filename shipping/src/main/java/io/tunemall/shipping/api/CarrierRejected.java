package io.tunemall.shipping.api;

import io.tunemall.platform.error.ShopException;

/**
 * A carrier the owner entered cannot be used.
 *
 * @param field which input is wrong: {@code name}, {@code trackingUrlTemplate} or {@code code}
 */
public class CarrierRejected extends ShopException {

    private final String field;

    public CarrierRejected(String field, String detail) {
        super(422, "carrier-rejected", detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
