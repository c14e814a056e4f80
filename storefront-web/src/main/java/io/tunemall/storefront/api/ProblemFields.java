package io.tunemall.storefront.api;

import io.tunemall.member.api.MemberRejection;
import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.platform.error.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Refusals that name fields, as problem+json. A refused checkout: {@code errors} names each field and reason code (the
 * storefront's {@code checkout.problem.{code}} messages), {@code changes} what changed in the cart since the shopper
 * last saw it. A refused member account change: {@code errors} names each field and reason code, with the sentence
 * the my-page shows for it ({@code member.error.{code}}) as the message.
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

    static ResponseEntity<ProblemDetail> rejected(MemberRejection rejected, HttpServletRequest request,
            MessageSource messages, Locale locale) {
        ProblemDetail problem = Problems.of(422, rejected.code(), "Invalid input", rejected.getMessage(), request);
        problem.setProperty("errors", rejected.problems().stream().map(each -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", each.field());
            error.put("code", each.code());
            error.put("arguments", List.of());
            error.put("message", messages.getMessage("member.error." + each.code(), null, each.code(), locale));
            return error;
        }).toList());
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
