/** What other modules may use of the member module. */
@org.springframework.modulith.NamedInterface("api")
package io.tunemall.member.api;
