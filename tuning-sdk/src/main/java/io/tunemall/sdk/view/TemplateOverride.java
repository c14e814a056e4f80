package io.tunemall.sdk.view;

import java.util.Objects;

/**
 * A module's replacement of a whole platform template, for what slots cannot do. The module ships it as
 * {@code tuning/{module-id}/templates/overrides/{template}.html} and states the SHA-256 of the platform template it was
 * written against; when a platform update changes that template, admin (and the upgrade report) says that the
 * override is based on an older version, so someone merges the change. Overrides cost upgrades: prefer slots.
 *
 * @param template the platform template's name, such as {@code storefront/product}
 * @param basedOnSha256 the lower-case hex SHA-256 of the platform's template the override was based on (the admin
 *     Tuning page shows the current one)
 * @since 1.0.0
 */
public record TemplateOverride(String template, String basedOnSha256) {

    public TemplateOverride {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(basedOnSha256, "basedOnSha256");
        if (!template.matches("[a-z0-9-]+(/[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("A template name is a path such as storefront/product: " + template);
        }
        if (!basedOnSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("The fingerprint of " + template + " is a lower-case hex SHA-256");
        }
    }
}
