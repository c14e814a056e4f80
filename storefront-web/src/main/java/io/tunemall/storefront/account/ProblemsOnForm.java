package io.tunemall.storefront.account;

import io.tunemall.member.api.InputProblem;
import io.tunemall.member.api.MemberRejection;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts the member module's problems next to the form fields they concern, worded by {@code member.error.{code}}. A
 * problem about a field the form does not have is shown above the form.
 */
final class ProblemsOnForm {

    static final String PREFIX = "member.error.";

    private ProblemsOnForm() {
    }

    static void report(BindingResult result, MemberRejection rejection) {
        BeanWrapperImpl form = new BeanWrapperImpl(result.getTarget());
        for (InputProblem problem : rejection.problems()) {
            String code = PREFIX + problem.code();
            if (!problem.field().isEmpty() && form.isReadableProperty(problem.field())) {
                if (!result.hasFieldErrors(problem.field())) {
                    result.rejectValue(problem.field(), code, problem.code());
                }
            } else {
                result.reject(code, problem.code());
            }
        }
    }
}
