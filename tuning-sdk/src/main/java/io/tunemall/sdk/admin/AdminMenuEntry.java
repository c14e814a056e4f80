package io.tunemall.sdk.admin;

import java.util.Locale;
import java.util.Objects;

/**
 * An entry of the admin console's side menu, leading to one of the module's admin pages. Staff see it only when they
 * hold its permission; it disappears when the module is disabled.
 *
 * @param label the entry's text in Korean
 * @param englishLabel its text in English
 * @param path the page's path within the module's admin namespace ({@code /answers} is
 *     {@code /admin/t/{module}/answers}); an admin route of the module should answer GET there
 * @param permission the permission needed to see it, one the manifest declares
 * @since 1.0.0
 */
public record AdminMenuEntry(String label, String englishLabel, String path, String permission) {

    public AdminMenuEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(englishLabel, "englishLabel");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(permission, "permission");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A menu entry's path starts with /: " + path);
        }
    }

    /** The label in the given language (Korean, or English for any other). */
    public String label(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? label : englishLabel;
    }
}
