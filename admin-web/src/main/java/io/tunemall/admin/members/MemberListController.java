package io.tunemall.admin.members;

import io.tunemall.member.api.MemberAdministration;
import io.tunemall.member.api.MemberSearch;
import io.tunemall.member.api.MemberStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The member list, masked, newest first. The search box takes an exact email or phone number: personal data is
 * encrypted, so it is matched through its blind index, never by partial text.
 */
@Controller
class MemberListController {

    static final int PAGE_SIZE = 20;

    private final MemberAdministration members;

    MemberListController(MemberAdministration members) {
        this.members = members;
    }

    @GetMapping({"/admin/members", "/admin/members/"})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) MemberStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("result", members.search(new MemberSearch(q, status, page, PAGE_SIZE)));
        model.addAttribute("pageUrl", new PageLinks(q, status));
        return "admin/members/list";
    }

    /** Links to other pages of the same list. */
    record PageLinks(String q, MemberStatus status) {

        public String to(int page) {
            return UriComponentsBuilder.fromPath("/admin/members").queryParamIfPresent("q",
                    java.util.Optional.ofNullable(q).filter(text -> !text.isBlank()))
                    .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                    .queryParam("page", page).encode().build().toUriString();
        }
    }
}
