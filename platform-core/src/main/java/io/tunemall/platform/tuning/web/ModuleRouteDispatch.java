package io.tunemall.platform.tuning.web;

import io.tunemall.platform.error.Problems;
import io.tunemall.platform.tuning.ModuleErrors;
import io.tunemall.platform.tuning.ModulePermissions;
import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.Reply;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the module route a request is addressed to and writes what it answers (the web modules render page replies
 * inside their own layouts). A route that throws fails that request alone: it answers an error, the failure is logged
 * and kept for the admin Tuning page.
 */
@Component
public class ModuleRouteDispatch {

    private static final Logger log = LoggerFactory.getLogger(ModuleRouteDispatch.class);

    private final ModuleRoutes routes;
    private final ModuleErrors errors;
    private final JsonMapper json;
    private final ModuleRouteAccess access;
    private final ModulePermissions permissions;

    ModuleRouteDispatch(ModuleRoutes routes, ModuleErrors errors, JsonMapper json, ModuleRouteAccess access,
            ModulePermissions permissions) {
        this.routes = routes;
        this.errors = errors;
        this.json = json;
        this.access = access;
        this.permissions = permissions;
    }

    /** What the module answers to this request; not found when no enabled route of the module answers it. */
    public Reply dispatch(Area area, HttpServletRequest request) {
        Optional<ModuleAddress> address = ModuleAddress.of(request).filter(found -> found.area() == area);
        Optional<ModuleRoutes.Match> match = address.flatMap(found -> routes.match(area, found.module(),
                request.getMethod(), found.path()));
        if (match.isEmpty()) {
            return Reply.notFound();
        }
        ModuleRoutes.Match route = match.get();
        // The security chain decided already; checked again so that a chain set up without the rule fails closed.
        if (!access.allowed(route.module(), route.route(), SecurityContextHolder.getContext().getAuthentication())) {
            return Reply.problem(403, "Forbidden", "Your account does not hold the permission this page needs");
        }
        String where = route.route().method() + " " + route.route().area().address(route.module(), route.route().path());
        try {
            Reply reply = route.route().handler().handle(new ServletRouteRequest(request, address.get(), route.variables(),
                    permissions));
            if (reply == null) {
                throw new IllegalStateException("the route handler answered null");
            }
            return reply;
        } catch (RuntimeException | LinkageError failure) {
            errors.record(route.module(), where, failure);
            log.error("Tuning module {} failed at {}", route.module(), where, failure);
            return Reply.problem(500, "Module error", "The tuning module " + route.module() + " could not answer this request");
        }
    }

    /** Writes a reply that is not a page: JSON, a redirect, a file, or (in the API) a problem. */
    public void write(Reply reply, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (reply instanceof Reply.Json body) {
            response.setStatus(body.status());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), body.body());
        } else if (reply instanceof Reply.Redirect redirect) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, redirect.path());
        } else if (reply instanceof Reply.File file) {
            response.setStatus(200);
            response.setContentType(file.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(file.filename(), StandardCharsets.UTF_8).build().toString());
            response.setContentLength(file.bytes().length);
            response.getOutputStream().write(file.bytes());
        } else if (reply instanceof Reply.Problem problem) {
            response.setStatus(problem.status());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(),
                    Problems.forStatus(problem.status(), problem.detail(), request.getRequestURI(), request));
        } else {
            throw new IllegalArgumentException("Not a reply the platform can write here: " + reply);
        }
    }
}
