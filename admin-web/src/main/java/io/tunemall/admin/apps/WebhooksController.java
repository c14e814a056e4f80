package io.tunemall.admin.apps;

import io.tunemall.apps.api.AppRejection;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.api.WebhookEventTypes;
import io.tunemall.apps.api.Webhooks;
import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin Webhooks page: endpoints of every app with a banner for those the platform disabled, recent deliveries
 * with every attempt, and replaying a delivery.
 */
@Controller
class WebhooksController {

    static final int DELIVERIES_SHOWN = 100;

    private final Webhooks webhooks;
    private final Apps apps;

    WebhooksController(Webhooks webhooks, Apps apps) {
        this.webhooks = webhooks;
        this.apps = apps;
    }

    @GetMapping("/admin/webhooks")
    String list(@RequestParam(required = false) Long endpoint, Model model) {
        model.addAttribute("disabled", webhooks.disabledUnacknowledged());
        model.addAttribute("endpoints", webhooks.endpoints());
        model.addAttribute("deliveries", webhooks.recentDeliveries(endpoint, DELIVERIES_SHOWN));
        model.addAttribute("apps", apps.all().stream().filter(app -> app.active()).toList());
        model.addAttribute("delivered", WebhookEventTypes.DELIVERED);
        model.addAttribute("reserved", WebhookEventTypes.RESERVED);
        return "admin/apps/webhooks";
    }

    @PostMapping("/admin/webhooks")
    String subscribe(@RequestParam long appId, @RequestParam String url,
            @RequestParam(required = false) List<String> eventTypes, Model model, RedirectAttributes flash) {
        try {
            // Answered to the POST itself, so the signing secret never rests in the session as a flash attribute.
            model.addAttribute("created", webhooks.subscribe(appId, url,
                    eventTypes == null ? Set.of() : Set.copyOf(eventTypes)));
            return list(null, model);
        } catch (AppRejection refused) {
            flash.addFlashAttribute("failure", refused.getMessage());
            return "redirect:/admin/webhooks";
        }
    }

    @PostMapping("/admin/webhooks/{id}/enable")
    String enable(@PathVariable long id) {
        webhooks.enable(id);
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/acknowledge")
    String acknowledge(@PathVariable long id) {
        webhooks.acknowledgeDisabled(id);
        return "redirect:/admin/webhooks";
    }

    @GetMapping("/admin/webhooks/deliveries/{id}")
    String delivery(@PathVariable long id, Model model) {
        model.addAttribute("delivery", webhooks.delivery(id)
                .orElseThrow(() -> ShopException.notFound("webhook delivery " + id)));
        model.addAttribute("attempts", webhooks.attempts(id));
        return "admin/apps/delivery";
    }

    @PostMapping("/admin/webhooks/deliveries/{id}/replay")
    String replay(@PathVariable long id, RedirectAttributes flash) {
        webhooks.replay(id);
        flash.addFlashAttribute("done", "replayed");
        return "redirect:/admin/webhooks/deliveries/" + id;
    }
}
