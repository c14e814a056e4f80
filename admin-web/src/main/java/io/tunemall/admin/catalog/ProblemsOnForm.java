package io.tunemall.admin.catalog;

import io.tunemall.catalog.api.FieldProblem;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;

/**
 * Puts the catalog's problems next to the form fields they concern, worded by the message
 * {@code admin.catalog.error.{code}}. A field that already shows a problem gets no second one.
 */
final class ProblemsOnForm {

    static final String MESSAGE_PREFIX = "admin.catalog.error.";

    private ProblemsOnForm() {
    }

    static void report(BindingResult result, Iterable<FieldProblem> problems, UnaryOperator<String> formField) {
        for (FieldProblem problem : problems) {
            String code = MESSAGE_PREFIX + problem.code();
            Object[] arguments = problem.arguments().toArray();
            String field = problem.field().isEmpty() ? "" : formField.apply(problem.field());
            if (field.isEmpty()) {
                result.reject(code, arguments, problem.code());
            } else if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, code, arguments, problem.code());
            }
        }
    }
}
