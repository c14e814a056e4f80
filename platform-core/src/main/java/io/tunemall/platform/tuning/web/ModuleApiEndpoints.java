package io.tunemall.platform.tuning.web;

import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.Reply;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /api/v1/t/{module}/...}: the modules' API endpoints, answering JSON, files and problem+json. */
@Controller
class ModuleApiEndpoints {

    private final ModuleRouteDispatch dispatch;

    ModuleApiEndpoints(ModuleRouteDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @RequestMapping("/api/v1/t/{module}/**")
    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Reply reply = dispatch.dispatch(Area.API, request);
        if (reply instanceof Reply.Page) {
            reply = Reply.problem(500, "Module error", "An API route answers JSON, not a page");
        }
        dispatch.write(reply, request, response);
    }
}
