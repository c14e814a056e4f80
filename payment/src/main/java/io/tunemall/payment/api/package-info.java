/**
 * What other modules may use of the payment module: the {@link io.tunemall.payment.api.Payments} facade, the owner's
 * {@link io.tunemall.payment.api.PaymentSettings}, the webhook intake {@link io.tunemall.payment.api.PaymentCallbacks},
 * the test gateway's approval page {@link io.tunemall.payment.api.TestGatewayApprovals}, their records, and the
 * domain events. Gateways plug in through {@link io.tunemall.payment.api.gateway.PaymentGateway}. See docs/payments.md.
 */
@org.springframework.modulith.NamedInterface("api")
package io.tunemall.payment.api;
