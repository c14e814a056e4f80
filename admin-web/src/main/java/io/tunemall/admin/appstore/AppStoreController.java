package io.tunemall.admin.appstore;

import io.tunemall.catalog.api.ProductFeeds;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.integration.IntegrationCategory;
import io.tunemall.platform.integration.IntegrationRejected;
import io.tunemall.platform.integration.IntegrationView;
import io.tunemall.platform.integration.Integrations;
import io.tunemall.platform.time.ShopClock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The app store: every integration the installation offers, grouped by kind, each switched on with its settings
 * (secrets are write-only) or off. Each switch is recorded in the audit log by the admin write audit.
 */
@Controller
class AppStoreController {

    private static final String SETTING_PREFIX = "setting.";

    private final Integrations integrations;
    private final ShopClock clock;
    private final ProductFeeds feeds;

    AppStoreController(Integrations integrations, ShopClock clock, ProductFeeds feeds) {
        this.integrations = integrations;
        this.clock = clock;
        this.feeds = feeds;
    }

    @GetMapping("/admin/app-store")
    String list(Model model) {
        Map<IntegrationCategory, List<IntegrationView>> byCategory = new LinkedHashMap<>();
        Arrays.stream(IntegrationCategory.values()).forEach(category -> byCategory.put(category,
                integrations.all().stream().filter(view -> view.integration().category() == category).toList()));
        byCategory.values().removeIf(List::isEmpty);
        model.addAttribute("categories", byCategory);
        return "admin/appstore/list";
    }

    @GetMapping("/admin/app-store/{id}")
    String detail(@PathVariable String id, Model model) {
        return show(view(id), Map.of(), Map.of(), model);
    }

    @PostMapping("/admin/app-store/{id}")
    String switchOn(@PathVariable String id, @RequestParam Map<String, String> form, Authentication staff,
            Model model, RedirectAttributes flash) {
        Map<String, String> submitted = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(SETTING_PREFIX)) {
                submitted.put(name.substring(SETTING_PREFIX.length()), value);
            }
        });
        try {
            integrations.switchOn(view(id).integration().id(), submitted, staff.getName());
            flash.addFlashAttribute("saved", "on");
            return "redirect:/admin/app-store/" + id;
        } catch (IntegrationRejected rejected) {
            return show(view(id), submitted, rejected.fieldProblems(), model);
        } catch (PaymentRejected rejected) {
            model.addAttribute("failure", rejected.getMessage());
            return show(view(id), submitted, Map.of(), model);
        }
    }

    @PostMapping("/admin/app-store/{id}/off")
    String switchOff(@PathVariable String id, Authentication staff, Model model, RedirectAttributes flash) {
        try {
            integrations.switchOff(view(id).integration().id(), staff.getName());
            flash.addFlashAttribute("saved", "off");
            return "redirect:/admin/app-store/" + id;
        } catch (PaymentRejected rejected) {
            model.addAttribute("failure", rejected.getMessage());
            return show(view(id), Map.of(), Map.of(), model);
        }
    }

    @PostMapping("/admin/app-store/{id}/refresh")
    String refreshFeed(@PathVariable String id, RedirectAttributes flash) {
        flash.addFlashAttribute("refreshed", feeds.refreshChanged());
        return "redirect:/admin/app-store/" + view(id).integration().id();
    }

    private IntegrationView view(String id) {
        return integrations.find(id).orElseThrow(() -> ShopException.notFound("integration " + id));
    }

    private String show(IntegrationView view, Map<String, String> submitted, Map<String, String> problems,
            Model model) {
        Map<String, String> values = new LinkedHashMap<>(view.shownSettings());
        submitted.forEach((key, value) -> {
            if (values.containsKey(key)) {
                values.put(key, value);
            }
        });
        model.addAttribute("entry", view);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("zone", clock.zone());
        return "admin/appstore/detail";
    }
}
