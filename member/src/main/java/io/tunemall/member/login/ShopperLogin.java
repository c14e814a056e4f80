package io.tunemall.member.login;

import io.tunemall.member.account.MemberAccount;
import io.tunemall.member.account.Members;
import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.MemberSignedIn;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs shoppers in: by email and password from the login form, by member id from a "remember me" cookie. Only active
 * and dormant accounts with a password are found by email (a dormant one gets only the authority that leads to the
 * restore step); an account without a password logs in through its provider. The principal's name is the member id.
 */
@Service
class ShopperLogin implements ShopperDirectory {

    private final Members members;
    private final BlindIndex index;
    private final ShopClock clock;

    private final ApplicationEventPublisher events;

    ShopperLogin(Members members, BlindIndex index, ShopClock clock, ApplicationEventPublisher events) {
        this.members = members;
        this.index = index;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        MemberAccount account = Optional.ofNullable(index.email(email))
                .flatMap(members::findByEmailIndex)
                .filter(found -> found.active() || found.dormant())
                .filter(found -> found.passwordHash() != null)
                // The message stays generic: it may reach a log, and the email is personal data.
                .orElseThrow(() -> new UsernameNotFoundException("No shopper with that email"));
        if (account.dormant()) {
            // The password is still checked as for anyone; only then does the storefront learn the account sleeps.
            return User.withUsername(String.valueOf(account.id())).password(account.passwordHash())
                    .authorities(DORMANT_AUTHORITY).build();
        }
        return principal(account, account.passwordHash());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadByMemberKey(String memberKey) {
        MemberAccount account = parse(memberKey).flatMap(members::findById)
                .filter(MemberAccount::active)
                .orElseThrow(() -> new UsernameNotFoundException("No active shopper " + memberKey));
        // A remembered login checks no password; User only needs a non-null one.
        return principal(account, account.passwordHash() == null ? "" : account.passwordHash());
    }

    /** Spring Security re-hashes a password whose hash uses an outdated algorithm or cost on a successful login. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        parse(user.getUsername()).flatMap(members::findById).ifPresent(account -> account.rehashPassword(newPasswordHash));
        return User.withUserDetails(user).password(newPasswordHash).build();
    }

    @EventListener
    @Transactional
    void recordLogin(AuthenticationSuccessEvent success) {
        boolean shopper = success.getAuthentication().getAuthorities().stream()
                .anyMatch(authority -> SHOPPER_AUTHORITY.equals(authority.getAuthority()));
        if (shopper) {
            String method = success.getAuthentication() instanceof RememberMeAuthenticationToken
                    ? MemberSignedIn.REMEMBERED : MemberSignedIn.PASSWORD;
            parse(success.getAuthentication().getName()).flatMap(members::findById)
                    .ifPresent(account -> {
                        Instant now = clock.now();
                        account.loggedInAt(now);
                        if (account.active()) {
                            events.publishEvent(new MemberSignedIn(account.id(), method, null, now));
                        }
                    });
        }
    }

    private static UserDetails principal(MemberAccount account, String password) {
        return User.withUsername(String.valueOf(account.id()))
                .password(password)
                .authorities(SHOPPER_AUTHORITY)
                .build();
    }

    private static Optional<Long> parse(String memberKey) {
        try {
            return Optional.of(Long.parseLong(memberKey));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
