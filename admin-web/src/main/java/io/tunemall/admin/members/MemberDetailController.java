package io.tunemall.admin.members;

import io.tunemall.member.api.MemberAdministration;
import io.tunemall.member.api.MemberDetail;
import io.tunemall.member.api.MemberRejection;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's page, masked. Staff with the {@code members:pii-unmask} permission (the security chain checks it) can
 * show it unmasked for one response, giving a reason; the member module logs each unmask. The unmasked page is the
 * answer to the POST itself, so it is neither bookmarkable nor kept in the browser's history as a link.
 */
@Controller
class MemberDetailController {

    private final MemberAdministration members;

    MemberDetailController(MemberAdministration members) {
        this.members = members;
    }

    @GetMapping("/admin/members/{id}")
    String detail(@PathVariable long id, Model model) {
        return show(model, members.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                null);
    }

    @PostMapping("/admin/members/{id}/unmask")
    String unmask(@PathVariable long id, @RequestParam(required = false) String reason, Principal staff, Model model) {
        try {
            return show(model, members.unmask(id, staff.getName(), reason)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), null);
        } catch (MemberRejection missingReason) {
            return show(model, members.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                    "admin.members.unmask.reason-required");
        }
    }

    private static String show(Model model, MemberDetail member, String reasonError) {
        model.addAttribute("member", member);
        model.addAttribute("reasonError", reasonError);
        return "admin/members/detail";
    }
}
