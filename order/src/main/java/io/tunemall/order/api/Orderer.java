package io.tunemall.order.api;

/**
 * Who places the order.
 *
 * @param phone digits only once accepted, such as {@code 01012345678}
 * @param email optional, null when not given
 */
public record Orderer(String name, String phone, String email) {
}
