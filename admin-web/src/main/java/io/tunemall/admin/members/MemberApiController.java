package io.tunemall.admin.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.member.api.MemberAdministration;
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
@Tag(name = "Admin members", description = "Members, masked, for apps (scope members:read) and staff")
class MemberApiController {

    private final MemberAdministration members;

    MemberApiController(MemberAdministration members) {
        this.members = members;
    }

    /** Newest first; {@code q} is an exact email or phone number (matched through its blind index). */
    @GetMapping("/api/v1/admin/members")
    @Operation(operationId = "listAdminMembers", summary = "Search members",
            description = "Newest first; q is an exact email or phone number. Personal data is masked.")
    @ApiResponse(responseCode = "200", description = "A page of members")
    @ApiResponse(responseCode = "400", description = "A parameter is not valid")
    MemberListResource list(@RequestParam(required = false) String q,
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return MemberListResource.of(members.search(new MemberSearch(q, status, page, size)));
    }

    @GetMapping("/api/v1/admin/members/{id}")
    @Operation(operationId = "getAdminMember", summary = "Get a member", description = "The member, masked.")
    @ApiResponse(responseCode = "200", description = "The member")
    @ApiResponse(responseCode = "404", description = "No such member")
    MemberResource detail(@PathVariable long id) {
        return members.detail(id).map(MemberResource::of).orElseThrow(() -> ShopException.notFound("Member " + id));
    }
}
