package io.tunemall.member.api;

import io.tunemall.platform.error.ShopException;

/**
 * A staff or role change the rules refuse, such as demoting the last owner. {@code field} names the form field the
 * message belongs next to, or is null for the form as a whole; {@code code} is the message's key suffix.
 */
public class StaffRejection extends ShopException {

    private final String field;

    public StaffRejection(String field, String code, String detail) {
        super(422, code, detail);
        this.field = field;
    }

    public static StaffRejection conflict(String code, String detail) {
        return new StaffRejection(null, code, detail);
    }

    public String field() {
        return field;
    }
}
