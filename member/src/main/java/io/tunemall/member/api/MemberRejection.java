package io.tunemall.member.api;

import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.stream.Collectors;

/** A member request refused because of what was sent; nothing of it was saved. The detail names no personal data. */
public class MemberRejection extends ShopException {

    private final transient List<InputProblem> problems;

    public MemberRejection(List<InputProblem> problems) {
        super(422, "member-rejected", problems.stream()
                .map(problem -> (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.code())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static MemberRejection of(String field, String code) {
        return new MemberRejection(List.of(new InputProblem(field, code)));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
