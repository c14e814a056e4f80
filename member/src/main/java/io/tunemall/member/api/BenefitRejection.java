package io.tunemall.member.api;

import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.stream.Collectors;

/** A staff write about grades, points or gift cards refused as a whole; nothing of it was saved. */
public class BenefitRejection extends ShopException {

    private final transient List<BenefitProblem> problems;

    public BenefitRejection(List<BenefitProblem> problems) {
        super(422, "benefit-rejected", problems.stream()
                .map(problem -> (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.code())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static BenefitRejection of(String field, String code, Object... arguments) {
        return new BenefitRejection(List.of(BenefitProblem.of(field, code, arguments)));
    }

    public List<BenefitProblem> problems() {
        return problems;
    }
}
