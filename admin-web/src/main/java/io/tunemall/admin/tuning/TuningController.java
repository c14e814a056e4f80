package io.tunemall.admin.tuning;

import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleLifecycle;
import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin Tuning page: the shop's tuning modules, their hooks and failures, and their lifecycle. */
@Controller
class TuningController {

    private static final Logger log = LoggerFactory.getLogger(TuningController.class);

    private final ModuleLifecycle lifecycle;
    private final HookChains chains;

    TuningController(ModuleLifecycle lifecycle, HookChains chains) {
        this.lifecycle = lifecycle;
        this.chains = chains;
    }

    @GetMapping("/admin/tuning")
    String modules(Model model) {
        model.addAttribute("modules", lifecycle.statuses());
        model.addAttribute("points", chains.reports());
        return "admin/tuning/modules";
    }

    @PostMapping("/admin/tuning/{id}/{action:install|enable|disable|uninstall}")
    String change(@PathVariable String id, @PathVariable String action,
            @RequestParam(defaultValue = "true") boolean keepData, Principal staff, RedirectAttributes flash) {
        try {
            switch (action) {
                case "install" -> lifecycle.install(id);
                case "enable" -> lifecycle.enable(id);
                case "disable" -> lifecycle.disable(id);
                default -> lifecycle.uninstall(id, keepData);
            }
            log.info("Staff {} did {} on tuning module {}{}", staff.getName(), action, id,
                    "uninstall".equals(action) ? (keepData ? " keeping its data" : " dropping its data") : "");
            flash.addFlashAttribute("done", List.of(id, action));
        } catch (RuntimeException refused) {
            flash.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/admin/tuning";
    }
}
