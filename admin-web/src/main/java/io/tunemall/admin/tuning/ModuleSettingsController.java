package io.tunemall.admin.tuning;

import io.tunemall.platform.tuning.admin.ModuleSettingsService;
import io.tunemall.platform.tuning.admin.SettingsForm;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A module's settings form, generated from its settings record ({@code /admin/tuning/{id}/settings}, for the owner
 * and agency developers like the rest of the Tuning page).
 */
@Controller
class ModuleSettingsController {

    private static final Logger log = LoggerFactory.getLogger(ModuleSettingsController.class);

    private final ModuleSettingsService settings;

    ModuleSettingsController(ModuleSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/tuning/{id}/settings")
    String form(@PathVariable String id, Locale locale, Model model) {
        model.addAttribute("form", settings.form(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "admin/tuning/settings";
    }

    @PostMapping("/admin/tuning/{id}/settings")
    String save(@PathVariable String id, HttpServletRequest request, Locale locale, Principal staff, Model model,
            RedirectAttributes flash) {
        if (!settings.hasSettings(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<SettingsForm> refused = settings.save(id, request::getParameter, locale);
        if (refused.isPresent()) {
            model.addAttribute("form", refused.get());
            return "admin/tuning/settings";
        }
        // No audit log exists yet on this platform version: the log line is the record of who changed what.
        log.info("Staff {} saved the settings of tuning module {}", staff.getName(), id);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/tuning/" + id + "/settings";
    }
}
