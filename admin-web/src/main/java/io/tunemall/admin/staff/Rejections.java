package io.tunemall.admin.staff;

import io.tunemall.member.api.StaffRejection;
import org.springframework.validation.BindingResult;

/** Puts a refused staff change next to the field it concerns, with the message {@code admin.staff.error.<code>}. */
final class Rejections {

    private Rejections() {
    }

    static void onForm(BindingResult result, StaffRejection rejected) {
        String key = "admin.staff.error." + rejected.code();
        if (rejected.field() != null && result.getFieldType(rejected.field()) != null) {
            result.rejectValue(rejected.field(), key, rejected.getMessage());
        } else {
            result.reject(key, rejected.getMessage());
        }
    }
}
