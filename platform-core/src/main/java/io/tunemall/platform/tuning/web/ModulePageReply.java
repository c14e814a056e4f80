package io.tunemall.platform.tuning.web;

import io.tunemall.sdk.web.Reply;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the storefront and the admin console answer a module's reply: a page goes inside their own layout template
 * (which inserts the module template's {@code content} fragment), a problem becomes their error page, anything else is
 * written as it is.
 */
public final class ModulePageReply {

    private ModulePageReply() {
    }

    /**
     * @param layout the web module's template that wraps module pages
     * @return the view to render, or null when the reply was written to the response already
     */
    public static ModelAndView answer(ModuleRouteDispatch dispatch, String module, Reply reply, String layout,
            Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (reply instanceof Reply.Page page) {
            model.mergeAttributes(page.model());
            model.addAttribute("moduleId", module);
            model.addAttribute("moduleTitle", page.title());
            model.addAttribute("moduleTemplate", ModuleTemplateResolver.templateName(module, page.template()));
            return new ModelAndView(layout, model.asMap());
        }
        if (reply instanceof Reply.Problem problem) {
            throw new ResponseStatusException(HttpStatus.valueOf(problem.status()), problem.detail());
        }
        dispatch.write(reply, request, response);
        return null;
    }
}
