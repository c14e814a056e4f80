/** Shipping-fee policies, shipments, carriers and tracking. Other modules use {@link io.tunemall.shipping.api} only. */
package io.tunemall.shipping;
