package io.tunemall.admin.restapi;

import io.tunemall.catalog.api.CatalogRejection;
import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.platform.error.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A refused catalog write as problem+json: {@code errors} names each field ({@code variants[1].sku}) with its reason
 * code ({@code sku-taken}) and arguments, the same codes the console's product form shows as sentences.
 */
final class CatalogProblems {

    private CatalogProblems() {
    }

    static ResponseEntity<ProblemDetail> rejected(CatalogRejection rejection, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(rejection.status(), rejection.code(), "Refused by the catalog",
                rejection.getMessage(), request);
        problem.setProperty("errors", rejection.problems().stream().map(CatalogProblems::error).toList());
        return ResponseEntity.status(rejection.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> error(FieldProblem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", problem.field());
        error.put("code", problem.code());
        error.put("arguments", problem.arguments());
        error.put("message", problem.code() + (problem.arguments().isEmpty() ? "" : " " + problem.arguments()));
        return error;
    }
}
