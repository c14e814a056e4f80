/**
 * Typed custom fields a module adds to the platform's products, members and orders: declared by the module
 * ({@link io.tunemall.sdk.module.TuningModule#customFields()}), validated and stored by the platform with the entity,
 * shown in the admin edit forms, and available to templates and the API. A module reads and writes its values
 * through {@link io.tunemall.sdk.field.CustomFieldValues}.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.field;
