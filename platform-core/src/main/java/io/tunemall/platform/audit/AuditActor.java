package io.tunemall.platform.audit;

/** Who did it: a staff username (or {@code system} for scheduled work) and the role they held at that moment. */
public record AuditActor(String name, String role) {

    public static final AuditActor SYSTEM = new AuditActor("system", null);
}
