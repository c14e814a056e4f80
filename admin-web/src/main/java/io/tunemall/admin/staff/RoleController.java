package io.tunemall.admin.staff;

import io.tunemall.member.api.RoleDraft;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.member.api.StaffRejection;
import io.tunemall.member.api.StaffRoleView;
import io.tunemall.platform.security.access.PermissionCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The role editor. Every permission any module declares is listed by group; built-in roles show theirs read-only
 * (only their two-factor requirement can change), custom roles are edited freely.
 */
@Controller
class RoleController {

    private final StaffAdministration staff;
    private final PermissionCatalog permissions;
    private final RoleNames roleNames;

    RoleController(StaffAdministration staff, PermissionCatalog permissions, RoleNames roleNames) {
        this.staff = staff;
        this.permissions = permissions;
        this.roleNames = roleNames;
    }

    @GetMapping("/admin/staff/roles")
    String list(Model model, Locale locale) {
        var roles = staff.roles();
        model.addAttribute("roles", roles);
        model.addAttribute("roleNames", roleNames.of(roles, locale));
        model.addAttribute("permissionGroups", permissions.byGroup());
        return "admin/staff/roles";
    }

    @GetMapping("/admin/staff/roles/new")
    String newRole(Model model) {
        return form(model, new RoleForm(), null);
    }

    @PostMapping("/admin/staff/roles")
    String create(@ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model, RedirectAttributes flash) {
        try {
            String code = staff.createRole(draft(form));
            flash.addFlashAttribute("done", "role-created");
            return "redirect:/admin/staff/roles/" + code;
        } catch (StaffRejection rejected) {
            Rejections.onForm(result, rejected);
            return form(model, form, null);
        }
    }

    @GetMapping("/admin/staff/roles/{code}")
    String edit(@PathVariable String code, Model model) {
        StaffRoleView role = find(code);
        RoleForm form = new RoleForm();
        form.setName(role.name());
        form.setPermissions(new ArrayList<>(role.permissions()));
        form.setMfaRequired(role.mfaRequired());
        return form(model, form, role);
    }

    @PostMapping("/admin/staff/roles/{code}")
    String update(@PathVariable String code, @ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        StaffRoleView role = find(code);
        try {
            staff.updateRole(code, draft(form));
            flash.addFlashAttribute("done", "role-saved");
            return "redirect:/admin/staff/roles/" + code;
        } catch (StaffRejection rejected) {
            Rejections.onForm(result, rejected);
            return form(model, form, role);
        }
    }

    @PostMapping("/admin/staff/roles/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes flash) {
        find(code);
        try {
            staff.deleteRole(code);
            flash.addFlashAttribute("done", "role-deleted");
            return "redirect:/admin/staff/roles";
        } catch (StaffRejection rejected) {
            flash.addFlashAttribute("failure", rejected.code());
            return "redirect:/admin/staff/roles/" + code;
        }
    }

    private String form(Model model, RoleForm form, StaffRoleView role) {
        model.addAttribute("roleForm", form);
        model.addAttribute("role", role);
        model.addAttribute("permissionGroups", permissions.byGroup());
        return "admin/staff/role-form";
    }

    private StaffRoleView find(String code) {
        return staff.role(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static RoleDraft draft(RoleForm form) {
        return new RoleDraft(form.getName(), new HashSet<>(form.getPermissions()), form.isMfaRequired());
    }
}
