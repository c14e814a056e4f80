package io.tunemall.shipping.api;

/**
 * One thing wrong with a submitted policy.
 *
 * @param field {@code baseFee}, {@code freeOver} or {@code remoteAreas[i].name|fromPostalCode|toPostalCode|surcharge}
 * @param code what is wrong; the admin console's message is {@code admin.shipping.error.{code}}
 */
public record PolicyProblem(String field, String code) {
}
