package io.tunemall.admin.shipping;

import io.tunemall.shipping.api.PolicyProblem;
import io.tunemall.shipping.api.ShippingPolicyRejected;
import io.tunemall.shipping.api.ShippingSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shipping-fee policy: base fee, free-shipping threshold, and the postal code ranges of Jeju and the islands with
 * their surcharges. A refused change shows each problem next to its field and saves nothing.
 */
@Controller
class ShippingSettingsController {

    private static final Pattern AREA_FIELD = Pattern.compile("remoteAreas\\[(\\d+)\\]\\.(\\w+)");

    private final ShippingSettings settings;

    ShippingSettingsController(ShippingSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/shipping/settings")
    String page(Model model) {
        return show(model, ShippingSettingsForm.of(settings.policy()));
    }

    @PostMapping("/admin/shipping/settings")
    String save(@ModelAttribute("settingsForm") ShippingSettingsForm form, BindingResult result, Authentication staff,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(model, form);
        }
        List<Integer> kept = new ArrayList<>();
        try {
            settings.update(form.draft(kept), staff.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/shipping/settings";
        } catch (ShippingPolicyRejected rejected) {
            for (PolicyProblem problem : rejected.problems()) {
                result.rejectValue(formField(problem.field(), kept), "admin.shipping.error." + problem.code());
            }
            return show(model, form);
        }
    }

    /** {@code remoteAreas[1].name} of the draft is the form's row that was the second one kept. */
    private static String formField(String field, List<Integer> kept) {
        Matcher area = AREA_FIELD.matcher(field);
        if (area.matches()) {
            return "areas[" + kept.get(Integer.parseInt(area.group(1))) + "]." + area.group(2);
        }
        return field.equals("remoteAreas") ? "areas" : field;
    }

    private static String show(Model model, ShippingSettingsForm form) {
        model.addAttribute("settingsForm", form);
        return "admin/shipping/settings";
    }
}
