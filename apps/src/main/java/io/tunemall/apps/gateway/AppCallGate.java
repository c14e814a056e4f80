package io.tunemall.apps.gateway;

import io.tunemall.apps.credentials.AppTokenIntrospector;
import io.tunemall.platform.error.Problems;
import io.tunemall.platform.time.ShopClock;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs for every call of an authenticated app: takes one unit of its rate limit (answering 429 problem+json when
 * none is left), sets the {@code RateLimit-*} headers, and logs the call with its final status and duration.
 */
class AppCallGate extends OncePerRequestFilter {

    private final RateLimits limits;
    private final ApiCallLog calls;
    private final ShopClock clock;
    private final JsonMapper json;

    AppCallGate(RateLimits limits, ApiCallLog calls, ShopClock clock, JsonMapper json) {
        this.limits = limits;
        this.calls = calls;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null || !(login.getPrincipal() instanceof OAuth2AuthenticatedPrincipal app)) {
            chain.doFilter(request, response);
            return;
        }
        long appId = ((Number) app.getAttribute(AppTokenIntrospector.APP_ID)).longValue();
        int perMinute = ((Number) app.getAttribute(AppTokenIntrospector.REQUESTS_PER_MINUTE)).intValue();
        Instant started = clock.now();
        long startNanos = System.nanoTime();
        int status = 500;
        try {
            RateLimits.Outcome outcome = limits.take(appId, perMinute);
            response.setHeader("RateLimit-Limit", String.valueOf(outcome.limit()));
            response.setHeader("RateLimit-Remaining", String.valueOf(outcome.remaining()));
            response.setHeader("RateLimit-Reset", String.valueOf(outcome.resetSeconds()));
            if (!outcome.allowed()) {
                response.setHeader("Retry-After", String.valueOf(outcome.resetSeconds()));
                response.setStatus(429);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), Problems.of(429, "rate-limited", "Too Many Requests",
                        "This app may make " + outcome.limit() + " calls per minute; try again in "
                                + outcome.resetSeconds() + " s", request));
                status = 429;
                return;
            }
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            String query = request.getQueryString();
            calls.record(appId, request.getMethod(), request.getRequestURI() + (query == null ? "" : "?" + query),
                    status, started, (int) ((System.nanoTime() - startNanos) / 1_000_000));
        }
    }
}
