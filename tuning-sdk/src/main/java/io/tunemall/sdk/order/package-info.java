/**
 * Checkout and ordering: validators that may refuse an order ({@link io.tunemall.sdk.order.OrderValidator} at
 * {@link io.tunemall.sdk.order.OrderPoints#VALIDATORS}).
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.order;
