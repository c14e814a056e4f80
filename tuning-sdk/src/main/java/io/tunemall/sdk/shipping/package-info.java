/**
 * Shipping: the fee a shipment costs and how a tuning module changes it
 * ({@link io.tunemall.sdk.shipping.ShippingFeeRule} at {@link io.tunemall.sdk.shipping.ShippingPoints#FEE_RULES}).
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.shipping;
