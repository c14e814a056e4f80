package io.tunemall.platform.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before any controller is chosen (no such path, wrong method, a filter's rejection) end up
 * here. An API client gets problem+json; a person gets the shop's error page with the request id to quote.
 */
@Controller
class ErrorResponses implements ErrorController {

    private static final String API_PREFIX = "/api/";

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        int status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (path.startsWith(API_PREFIX)) {
            ProblemDetail problem = Problems.forStatus(status, detail(status, path), path, request);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Object requestId = request.getAttribute(Problems.REQUEST_ID_ATTRIBUTE);
        return new ModelAndView("error", Map.of("status", status, "requestId", requestId == null ? "" : requestId),
                HttpStatus.valueOf(status));
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer status && HttpStatus.resolve(status) != null ? status : 500;
    }

    private static String detail(int status, String path) {
        return switch (status) {
            case 404 -> "No API resource at " + path;
            case 405 -> "This method is not allowed on " + path;
            default -> "The request to " + path + " could not be served";
        };
    }
}
