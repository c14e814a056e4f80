package io.tunemall.admin.apps;

import io.tunemall.apps.api.AppCredentials;
import io.tunemall.apps.api.AppDraft;
import io.tunemall.apps.api.AppRejection;
import io.tunemall.apps.api.AppScopes;
import io.tunemall.apps.api.Apps;
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
 * The admin Apps page: apps that call the admin API, their credentials (the secret shown once, after registering or
 * rotating), revocation, and each app's API call log.
 */
@Controller
class AppsController {

    static final int CALLS_SHOWN = 100;

    private final Apps apps;

    AppsController(Apps apps) {
        this.apps = apps;
    }

    @GetMapping("/admin/apps")
    String list(Model model) {
        model.addAttribute("apps", apps.all());
        model.addAttribute("scopes", AppScopes.ALL);
        return "admin/apps/list";
    }

    @PostMapping("/admin/apps")
    String register(@RequestParam String name, @RequestParam(required = false) List<String> scopes,
            @RequestParam(required = false) String ownerEmail, @RequestParam(defaultValue = "600") int requestsPerMinute,
            Model model, RedirectAttributes flash) {
        try {
            AppCredentials credentials = apps.register(new AppDraft(name,
                    scopes == null ? Set.of() : Set.copyOf(scopes), ownerEmail, requestsPerMinute));
            return showingSecret(credentials, model);
        } catch (AppRejection refused) {
            flash.addFlashAttribute("failure", refused.getMessage());
            return "redirect:/admin/apps";
        }
    }

    @GetMapping("/admin/apps/{id}")
    String app(@PathVariable long id, Model model) {
        model.addAttribute("app", apps.find(id).orElseThrow(() -> ShopException.notFound("app " + id)));
        model.addAttribute("calls", apps.recentCalls(id, CALLS_SHOWN));
        return "admin/apps/app";
    }

    @PostMapping("/admin/apps/{id}/rotate")
    String rotate(@PathVariable long id, Model model, RedirectAttributes flash) {
        try {
            return showingSecret(apps.rotateSecret(id), model);
        } catch (AppRejection refused) {
            flash.addFlashAttribute("failure", refused.getMessage());
            return "redirect:/admin/apps/" + id;
        }
    }

    /**
     * The app's page with its new secret, answered to the POST itself rather than through a redirect: the secret then
     * never rests in the session (a flash attribute would keep it in Redis until the next request).
     */
    private String showingSecret(AppCredentials credentials, Model model) {
        model.addAttribute("credentials", credentials);
        return app(credentials.appId(), model);
    }

    @PostMapping("/admin/apps/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        apps.revoke(id);
        flash.addFlashAttribute("done", "revoked");
        return "redirect:/admin/apps/" + id;
    }
}
