package io.tunemall.admin.benefit;

import io.tunemall.member.api.BenefitProblem;
import java.util.function.UnaryOperator;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts the problems of a refused grade, point or gift card write next to the form fields they concern, worded by
 * the message {@code admin.benefits.error.{code}}. A field that already shows a problem gets no second one.
 */
final class BenefitProblemsOnForm {

    static final String MESSAGE_PREFIX = "admin.benefits.error.";

    private BenefitProblemsOnForm() {
    }

    static void report(BindingResult result, Iterable<BenefitProblem> problems) {
        report(result, problems, field -> field);
    }

    /** As {@link #report(BindingResult, Iterable)}, with the domain's field names mapped to the form's. */
    static void report(BindingResult result, Iterable<BenefitProblem> problems, UnaryOperator<String> formField) {
        for (BenefitProblem problem : problems) {
            String code = MESSAGE_PREFIX + problem.code();
            Object[] arguments = problem.arguments().toArray();
            String field = problem.field().isEmpty() ? "" : formField.apply(problem.field());
            if (field.isEmpty() || !hasField(result, field)) {
                result.reject(code, arguments, problem.code());
            } else if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, code, arguments, problem.code());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        return result.getTarget() != null
                && BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null;
    }
}
