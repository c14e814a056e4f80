/**
 * The look of the shop: named slots in the platform's templates that modules fill with fragments of their own
 * ({@link io.tunemall.sdk.view.Slots}, {@link io.tunemall.sdk.view.SlotFill}), and whole-template overrides that the
 * platform tracks by the fingerprint of the template they were based on ({@link io.tunemall.sdk.view.TemplateOverride}).
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.view;
