/** Payment gateways, payments, cancellations and refunds. Other modules use {@link io.tunemall.payment.api} only. */
package io.tunemall.payment;
