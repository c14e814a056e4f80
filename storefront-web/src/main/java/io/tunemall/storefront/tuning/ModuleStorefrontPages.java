package io.tunemall.storefront.tuning;

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

/** {@code /t/{module}/...}: tuning modules' storefront pages, inside the storefront's layout. */
@Controller
class ModuleStorefrontPages {

    private final ModuleRouteDispatch dispatch;

    ModuleStorefrontPages(ModuleRouteDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @RequestMapping({"/t/{module}", "/t/{module}/**"})
    ModelAndView handle(@PathVariable String module, Model model, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return ModulePageReply.answer(dispatch, module, dispatch.dispatch(Area.STOREFRONT, request),
                "storefront/tuning/module-page", model, request, response);
    }
}
