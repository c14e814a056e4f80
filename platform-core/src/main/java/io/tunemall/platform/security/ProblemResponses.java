package io.tunemall.platform.security;

import io.tunemall.platform.error.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What a stateless chain answers when a caller is not authenticated (401) or not allowed (403): problem+json. */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> write(request, response, 401, "unauthorized", "Unauthorized",
                "This resource needs credentials");
    }

    public AccessDeniedHandler denied() {
        return (request, response, failure) -> write(request, response, 403, "forbidden", "Forbidden",
                "Your credentials do not allow this");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.of(status, code, title, detail, request));
    }
}
