/**
 * A module's own tables: created by its Flyway migrations ({@code tuning/{module-id}/db/migration}), named with its
 * prefix, and read and written through {@link io.tunemall.sdk.data.ModuleDatabase}.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.data;
