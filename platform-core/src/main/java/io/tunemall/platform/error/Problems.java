package io.tunemall.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** How every problem+json body of the platform is built, so they all carry the same fields. */
public final class Problems {

    public static final String TYPE_BASE = "https://tunemall.io/problems/";
    public static final String REQUEST_ID_ATTRIBUTE = "requestId";

    private Problems() {
    }

    public static ProblemDetail of(int status, String code, String title, String detail, HttpServletRequest request) {
        return of(status, code, title, detail, request.getRequestURI(), request);
    }

    /** A problem named after its HTTP status, such as {@code method-not-allowed} for 405. */
    public static ProblemDetail forStatus(int status, String detail, String path, HttpServletRequest request) {
        HttpStatus known = HttpStatus.resolve(status);
        String code = known == null ? String.valueOf(status) : known.name().toLowerCase().replace('_', '-');
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return of(status, code, title, detail, path, request);
    }

    private static ProblemDetail of(int status, String code, String title, String detail, String path,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setInstance(URI.create(path));
        Object requestId = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }
}
