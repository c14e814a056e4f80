package io.tunemall.admin.audit;

import io.tunemall.platform.audit.AuditQuery;
import io.tunemall.platform.audit.AuditSearch;
import io.tunemall.platform.audit.AuditVerification;
import io.tunemall.platform.time.ShopClock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log page: search by actor, action (prefix), target and dates (the shop's days, both inclusive), newest
 * first, 50 to a page; and a check of the hash chain. Read-only: the console has no way to change a record.
 */
@Controller
class AuditController {

    private final AuditSearch search;
    private final AuditVerification verification;
    private final ShopClock clock;

    AuditController(AuditSearch search, AuditVerification verification, ShopClock clock) {
        this.search = search;
        this.verification = verification;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(actor, action, targetType, targetId,
                from == null ? null : from.atStartOfDay(clock.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant(), page, 50);
        model.addAttribute("result", search.search(query));
        model.addAttribute("actions", search.actions());
        model.addAttribute("zone", clock.zone());
        model.addAttribute("filter", new Filter(actor, action, targetType, targetId, from, to));
        return "admin/audit/audit";
    }

    @GetMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("check", verification.verify());
        return "admin/audit/verify";
    }

    /** The search as typed, to fill the form again and to build the paging links. */
    record Filter(String actor, String action, String targetType, String targetId, LocalDate from, LocalDate to) {
    }
}
