package io.tunemall.storefront.api;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.platform.error.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A refused checkout as problem+json: {@code errors} names each field and reason code (the storefront's
 * {@code checkout.problem.{code}} messages), {@code changes} what changed in the cart since the shopper last saw it.
 */
final class ProblemFields {

    private ProblemFields() {
    }

    static ResponseEntity<ProblemDetail> rejected(CheckoutRejected rejected, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(422, rejected.code(), "Checkout refused", rejected.getMessage(), request);
        problem.setProperty("errors", rejected.problems().stream().map(ProblemFields::error).toList());
        problem.setProperty("changes", rejected.changes().stream().map(CartJson.NoticeJson::of).toList());
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> error(CheckoutProblem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", problem.field());
        error.put("code", problem.code());
        error.put("arguments", problem.arguments());
        error.put("message", problem.code() + (problem.arguments().isEmpty() ? "" : " " + problem.arguments()));
        return error;
    }
}
