package io.tunemall.admin.members;

import io.tunemall.member.api.DormancyPolicy;
import io.tunemall.member.api.DormantAccounts;
import io.tunemall.member.api.MemberAdministration;
import io.tunemall.member.api.MemberRejection;
import java.time.Period;
import io.tunemall.member.api.Under14Policy;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's member settings: whether children under 14 are refused or need a guardian's consent, and whether
 * inactive accounts become dormant (off by default) after how many months.
 */
@Controller
class MemberSettingsController {

    private final MemberAdministration members;
    private final DormantAccounts dormancy;

    MemberSettingsController(MemberAdministration members, DormantAccounts dormancy) {
        this.members = members;
        this.dormancy = dormancy;
    }

    @GetMapping("/admin/members/settings")
    String settings(Model model) {
        model.addAttribute("under14", members.under14Policy());
        model.addAttribute("policies", Under14Policy.values());
        DormancyPolicy dormant = dormancy.policy();
        model.addAttribute("dormancyEnabled", dormant.enabled());
        model.addAttribute("dormancyMonths", dormant.after().toTotalMonths());
        return "admin/members/settings";
    }

    @PostMapping("/admin/members/settings")
    String save(@RequestParam Under14Policy under14, @RequestParam(defaultValue = "false") boolean dormancyEnabled,
            @RequestParam(defaultValue = "12") int dormancyMonths, Principal staff, Model model,
            RedirectAttributes redirect) {
        DormancyPolicy dormant;
        try {
            dormant = new DormancyPolicy(dormancyEnabled, Period.ofMonths(dormancyMonths));
        } catch (MemberRejection tooShort) {
            model.addAttribute("under14", under14);
            model.addAttribute("policies", Under14Policy.values());
            model.addAttribute("dormancyEnabled", dormancyEnabled);
            model.addAttribute("dormancyMonths", dormancyMonths);
            model.addAttribute("dormancyError", true);
            return "admin/members/settings";
        }
        members.changeUnder14Policy(under14, staff.getName());
        dormancy.changePolicy(dormant, staff.getName());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/members/settings";
    }
}
