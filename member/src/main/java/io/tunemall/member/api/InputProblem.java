package io.tunemall.member.api;

/**
 * One thing wrong with what a shopper or an owner sent, as a field and a reason code that the page turns into a
 * sentence ({@code member.error.{code}}).
 *
 * @param field the form field, or empty for the form as a whole
 * @param code what is wrong, such as {@code email-taken}
 */
public record InputProblem(String field, String code) {
}
