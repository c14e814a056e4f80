/**
 * Pricing: how an order's amount is computed, step by step, and how a tuning module adds its own rules
 * ({@link io.tunemall.sdk.pricing.PriceRule} at {@link io.tunemall.sdk.pricing.PricingPoints#PRICE_RULES}).
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.pricing;
