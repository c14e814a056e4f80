/**
 * What a module adds to the admin console: entries in its side menu ({@link io.tunemall.sdk.admin.AdminMenuEntry},
 * leading to the module's admin routes), and a settings form the platform generates from the module's typed settings
 * record ({@link io.tunemall.sdk.admin.Setting}, {@link io.tunemall.sdk.admin.ModuleSettings}).
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.admin;
