/** Carts, checkout, orders and claims. Other modules use {@link io.tunemall.order.api} only. */
package io.tunemall.order;
