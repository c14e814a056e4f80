/**
 * The audit log: an append-only, hash-chained record of every admin write, permission change, login event and
 * personal-data unmask. Modules record through {@link io.tunemall.platform.audit.AuditTrail}; the admin console reads
 * through {@link io.tunemall.platform.audit.AuditSearch} and checks the chain with
 * {@link io.tunemall.platform.audit.AuditVerification}. See docs/admin-staff.md and docs/operations.md.
 */
package io.tunemall.platform.audit;
