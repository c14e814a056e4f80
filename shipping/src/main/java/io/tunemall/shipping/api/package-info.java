/** What other modules may use of the shipping module. */
@org.springframework.modulith.NamedInterface("api")
package io.tunemall.shipping.api;
