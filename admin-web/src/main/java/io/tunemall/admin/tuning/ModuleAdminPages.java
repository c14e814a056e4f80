package io.tunemall.admin.tuning;

import io.tunemall.platform.tuning.web.ModulePageReply;
import io.tunemall.platform.tuning.web.ModuleRouteDispatch;
import io.tunemall.sdk.web.Area;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/t/{module}/...}: tuning modules' admin pages, inside the admin console's layout. The security chain
 * has checked the staff login and the permission the route names.
 */
@Controller
class ModuleAdminPages {

    private final ModuleRouteDispatch dispatch;

    ModuleAdminPages(ModuleRouteDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @RequestMapping({"/admin/t/{module}", "/admin/t/{module}/**"})
    ModelAndView handle(@PathVariable String module, Model model, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return ModulePageReply.answer(dispatch, module, dispatch.dispatch(Area.ADMIN, request),
                "admin/tuning/module-page", model, request, response);
    }
}
