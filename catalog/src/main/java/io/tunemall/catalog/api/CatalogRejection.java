package io.tunemall.catalog.api;

import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.stream.Collectors;

/** A catalog write refused as a whole because of what the owner sent; nothing of it was saved. */
public class CatalogRejection extends ShopException {

    private final transient List<FieldProblem> problems;

    public CatalogRejection(List<FieldProblem> problems) {
        super(422, "catalog-rejected", problems.stream()
                .map(problem -> (problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.code())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
