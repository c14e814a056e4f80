package io.tunemall.order.api;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a checkout, said as a field and a reason code the storefront turns into a sentence
 * ({@code checkout.problem.{code}}).
 *
 * @param field {@code orderer.name}, {@code address.postalCode}, ... or empty for the order as a whole
 * @param code {@code required}, {@code too-long}, {@code phone}, {@code email}, {@code postal-code},
 *     {@code password-length}, {@code cart-empty}, {@code cart-changed}, {@code amount-changed},
 *     {@code out-of-stock}, {@code refused}, {@code pricing-failed}
 * @param arguments what the sentence names
 */
public record CheckoutProblem(String field, String code, List<String> arguments) {

    public CheckoutProblem {
        arguments = List.copyOf(arguments);
    }

    public static CheckoutProblem of(String field, String code, Object... arguments) {
        return new CheckoutProblem(field, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
