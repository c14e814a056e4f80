/** What other modules may use of the order module. */
@org.springframework.modulith.NamedInterface("api")
package io.tunemall.order.api;
