package io.tunemall.admin.staff;

import io.tunemall.member.api.StaffRoleView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Role names as staff read them: built-in roles in the page's language, custom roles as the owner named them. */
@Component
class RoleNames {

    private final MessageSource messages;

    RoleNames(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(List<StaffRoleView> roles, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        roles.forEach(role -> names.put(role.code(), role.builtIn()
                ? messages.getMessage("admin.staff.role." + role.code(), null, role.name(), locale) : role.name()));
        return names;
    }
}
