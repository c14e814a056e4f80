package io.tunemall.member.api;

import java.util.Set;

/** A custom role as the role editor submits it. For a built-in role only {@code mfaRequired} is taken. */
public record RoleDraft(String name, Set<String> permissions, boolean mfaRequired) {

    public RoleDraft {
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }
}
