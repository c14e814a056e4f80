/** What other modules may use of the payment module. */
@org.springframework.modulith.NamedInterface("api")
package io.tunemall.payment.api;
