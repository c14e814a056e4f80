package io.tunemall.admin.members;

import io.tunemall.member.api.MemberAdministration;
import io.tunemall.member.api.Under14Policy;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's member settings: whether children under 14 are refused or need a guardian's consent. */
@Controller
class MemberSettingsController {

    private final MemberAdministration members;

    MemberSettingsController(MemberAdministration members) {
        this.members = members;
    }

    @GetMapping("/admin/members/settings")
    String settings(Model model) {
        model.addAttribute("under14", members.under14Policy());
        model.addAttribute("policies", Under14Policy.values());
        return "admin/members/settings";
    }

    @PostMapping("/admin/members/settings")
    String save(@RequestParam Under14Policy under14, Principal staff, RedirectAttributes redirect) {
        members.changeUnder14Policy(under14, staff.getName());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/members/settings";
    }
}
