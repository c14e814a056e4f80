package io.tunemall.catalog.api;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with a draft, said as a field and a reason code that the admin console turns into a sentence.
 *
 * @param field the draft's field, with indexes for rows ({@code variants[2].sku}, {@code axes[0].values},
 *     {@code images[1]}); empty for the draft as a whole
 * @param code what is wrong, such as {@code slug-taken}; the console's message is {@code admin.catalog.error.{code}}
 * @param arguments what the sentence names (the SKU that is taken, the limit that was passed)
 */
public record FieldProblem(String field, String code, List<String> arguments) {

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
