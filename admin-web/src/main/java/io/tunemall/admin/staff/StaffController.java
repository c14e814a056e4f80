package io.tunemall.admin.staff;

import io.tunemall.member.api.NewStaffAccount;
import io.tunemall.member.api.StaffAccountView;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.member.api.StaffRejection;
import io.tunemall.platform.time.ShopClock;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts: the list, adding one, and an owner's actions on one (role, disable, password, unlock, MFA reset). */
@Controller
class StaffController {

    private final StaffAdministration staff;
    private final RoleNames roleNames;
    private final ShopClock clock;

    StaffController(StaffAdministration staff, RoleNames roleNames, ShopClock clock) {
        this.staff = staff;
        this.roleNames = roleNames;
        this.clock = clock;
    }

    @GetMapping("/admin/staff")
    String list(Model model, Locale locale) {
        if (!model.containsAttribute("staffForm")) {
            model.addAttribute("staffForm", new StaffForm());
        }
        model.addAttribute("accounts", staff.accounts());
        model.addAttribute("roles", roleNames.of(staff.roles(), locale));
        model.addAttribute("now", clock.now());
        return "admin/staff/accounts";
    }

    @PostMapping("/admin/staff")
    String create(@ModelAttribute("staffForm") StaffForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash) {
        try {
            long id = staff.create(new NewStaffAccount(form.getUsername(), form.getDisplayName(), form.getRole(),
                    form.getPassword()));
            flash.addFlashAttribute("done", "created");
            return "redirect:/admin/staff/" + id;
        } catch (StaffRejection rejected) {
            Rejections.onForm(result, rejected);
            form.setPassword(null);
            return list(model, locale);
        }
    }

    @GetMapping("/admin/staff/{id}")
    String account(@PathVariable long id, Model model, Locale locale) {
        StaffAccountView account = staff.account(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("locked", account.lockedAt(clock.now()));
        model.addAttribute("roles", roleNames.of(staff.roles(), locale));
        return "admin/staff/account";
    }

    @PostMapping("/admin/staff/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam String role, RedirectAttributes flash) {
        return act(id, flash, "role-changed", () -> staff.changeRole(id, role));
    }

    @PostMapping("/admin/staff/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "disabled", () -> staff.disable(id));
    }

    @PostMapping("/admin/staff/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "enabled", () -> staff.enable(id));
    }

    @PostMapping("/admin/staff/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, RedirectAttributes flash) {
        return act(id, flash, "password-reset", () -> staff.resetPassword(id, password));
    }

    @PostMapping("/admin/staff/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "unlocked", () -> staff.unlock(id));
    }

    @PostMapping("/admin/staff/{id}/mfa-reset")
    String resetMfa(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "mfa-reset", () -> staff.resetMfa(id));
    }

    private String act(long id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (StaffRejection rejected) {
            flash.addFlashAttribute("failure", rejected.code());
        }
        return "redirect:/admin/staff/" + id;
    }
}
