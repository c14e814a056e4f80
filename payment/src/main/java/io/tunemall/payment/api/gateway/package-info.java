/**
 * The service-provider interface of payment gateways: {@link io.tunemall.payment.api.gateway.PaymentGateway} and the
 * values it exchanges. The payment module ships the built-in test gateway and a Toss Payments adapter; another
 * gateway is one more implementation registered as a bean with its own id.
 */
@org.springframework.modulith.NamedInterface("gateway")
package io.tunemall.payment.api.gateway;
