package io.tunemall.member.staff;

import io.tunemall.member.api.StaffDirectory;
import io.tunemall.platform.time.ShopClock;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffLogin implements StaffDirectory {

    private final StaffAccounts accounts;
    private final ShopClock clock;

    StaffLogin(StaffAccounts accounts, ShopClock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(Stream.concat(Stream.of(STAFF_AUTHORITY, "ROLE_" + account.role().name()),
                        account.role().permissions().stream()).toArray(String[]::new))
                .build();
    }

    @EventListener
    @Transactional
    void recordLogin(AuthenticationSuccessEvent success) {
        accounts.findByUsername(success.getAuthentication().getName())
                .ifPresent(account -> account.loggedInAt(clock.now()));
    }
}
