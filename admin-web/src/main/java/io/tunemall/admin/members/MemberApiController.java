package io.tunemall.admin.members;

import io.tunemall.member.api.MemberAdministration;
import io.tunemall.member.api.MemberDetail;
import io.tunemall.member.api.MemberPage;
import io.tunemall.member.api.MemberSearch;
import io.tunemall.member.api.MemberStatus;
import io.tunemall.platform.error.ShopException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members for admin API clients, masked exactly as the console shows them. Unmasking stays a console action with a
 * reason, so no API client can read personal data in bulk.
 */
@RestController
class MemberApiController {

    private final MemberAdministration members;

    MemberApiController(MemberAdministration members) {
        this.members = members;
    }

    /** Newest first; {@code q} is an exact email or phone number (matched through its blind index). */
    @GetMapping("/api/v1/admin/members")
    MemberPage list(@RequestParam(required = false) String q, @RequestParam(required = false) MemberStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return members.search(new MemberSearch(q, status, page, size));
    }

    @GetMapping("/api/v1/admin/members/{id}")
    MemberDetail detail(@PathVariable long id) {
        return members.detail(id).orElseThrow(() -> ShopException.notFound("Member " + id));
    }
}
