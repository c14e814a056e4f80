package io.tunemall.member.api;

import java.util.List;

/**
 * One thing wrong with what staff submitted about grades, points or gift cards: the field (empty for the form as a
 * whole), a message code ({@code admin.benefits.error.<code>} in the admin console) and its arguments.
 */
public record BenefitProblem(String field, String code, List<Object> arguments) {

    public BenefitProblem {
        arguments = List.copyOf(arguments);
    }

    public static BenefitProblem of(String field, String code, Object... arguments) {
        return new BenefitProblem(field, code, List.of(arguments));
    }
}
