package io.tunemall.platform.tuning.field;

import io.tunemall.sdk.field.CustomField;

/** A custom field and the module that declared it. */
public record DeclaredField(String module, CustomField field) {

    /** Unique across modules: {@code examples.country-of-origin:origin}. */
    public String qualifiedKey() {
        return qualified(module, field.key());
    }

    /** The name of its input in admin forms. */
    public String param() {
        return "custom:" + qualifiedKey();
    }

    static String qualified(String module, String key) {
        return module + ":" + key;
    }
}
