package io.tunemall.member.staff;

import io.tunemall.member.api.StaffAccess;
import io.tunemall.member.api.StaffDirectory;
import io.tunemall.platform.audit.AuditActorRoles;
import io.tunemall.platform.security.access.StaffGrants;
import io.tunemall.platform.time.ShopClock;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffLogin implements StaffDirectory, AuditActorRoles, StaffGrants {

    private final StaffAccounts accounts;
    private final ShopClock clock;

    StaffLogin(StaffAccounts accounts, ShopClock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The password check's view of an account; the authority says which login step comes next (see StaffDirectory). */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
        String next = account.mfaEnrolled() ? SECOND_FACTOR_AUTHORITY
                : account.role().mfaRequired() ? ENROLMENT_AUTHORITY : STAFF_AUTHORITY;
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.now()))
                .authorities(ownerOrNot(account, next))
                .build();
    }

    /** Owners also carry OWNER_AUTHORITY, which tuning modules' own permissions check (an owner holds them all). */
    private static String[] ownerOrNot(StaffAccount account, String next) {
        return account.role().allPermissions() && STAFF_AUTHORITY.equals(next) ? new String[] {next, OWNER_AUTHORITY}
                : new String[] {next};
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffAccess> access(String username) {
        return accounts.findByUsername(username).map(account -> new StaffAccess(account.username(),
                account.role().code(), account.role().allPermissions(), account.role().permissions(), account.enabled(),
                account.role().mfaRequired() && !account.mfaEnrolled()));
    }

    /** Tuning modules' routes ask this: the same standing {@link #access} gives the admin console's own pages. */
    @Override
    @Transactional(readOnly = true)
    public boolean holds(String username, String permission) {
        return access(username).map(found -> found.may(permission)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> roleOf(String actor) {
        return accounts.findByUsername(actor).map(account -> account.role().code());
    }
}
