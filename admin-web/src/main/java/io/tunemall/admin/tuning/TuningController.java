package io.tunemall.admin.tuning;

import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleErrors;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.platform.tuning.admin.ModuleSettingsService;
import io.tunemall.platform.tuning.upgrade.UpgradeReport;
import io.tunemall.platform.tuning.view.TemplateOverrides;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin Tuning page: the shop's tuning modules, their hooks and failures, their template overrides and what an
 * update asks of them (the upgrade report), and their lifecycle.
 */
@Controller
class TuningController {

    private static final Logger log = LoggerFactory.getLogger(TuningController.class);

    private final ModuleLifecycle lifecycle;
    private final HookChains chains;
    private final TemplateOverrides overrides;
    private final UpgradeReport upgrade;
    private final ModuleErrors errors;
    private final ModuleSettingsService settings;

    TuningController(ModuleLifecycle lifecycle, HookChains chains, TemplateOverrides overrides, UpgradeReport upgrade,
            ModuleErrors errors, ModuleSettingsService settings) {
        this.settings = settings;
        this.lifecycle = lifecycle;
        this.chains = chains;
        this.overrides = overrides;
        this.upgrade = upgrade;
        this.errors = errors;
    }

    @GetMapping("/admin/tuning")
    String modules(Model model) {
        List<ModuleStatus> modules = lifecycle.statuses();
        Map<String, List<ModuleErrors.ModuleError>> recentErrors = new LinkedHashMap<>();
        modules.forEach(module -> {
            List<ModuleErrors.ModuleError> recent = errors.recent(module.id());
            if (!recent.isEmpty()) {
                recentErrors.put(module.id(), recent);
            }
        });
        model.addAttribute("modules", modules);
        model.addAttribute("points", chains.reports());
        model.addAttribute("overrides", overrides.statuses());
        model.addAttribute("upgrade", upgrade.findings());
        model.addAttribute("recentErrors", recentErrors);
        model.addAttribute("settingsModules", modules.stream().map(ModuleStatus::id).filter(settings::hasSettings).toList());
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
