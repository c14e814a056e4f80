package io.tunemall.member.social;

import io.tunemall.member.account.AccountRules;
import io.tunemall.member.account.MemberAccount;
import io.tunemall.member.account.Members;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.InputProblem;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.SocialIdentity;
import io.tunemall.member.api.SocialLinkView;
import io.tunemall.member.api.SocialLogins;
import io.tunemall.member.consent.ConsentRecords;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.MemberJoined;
import io.tunemall.sdk.event.MemberSignedIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves provider logins to members. Linking by email happens only when the provider says the email is verified:
 * otherwise anyone could open a provider account with a victim's address and log in as the victim.
 */
@Service
class SocialLoginService implements SocialLogins {

    private final SocialLinkStore links;
    private final Members members;
    private final ConsentRecords consents;
    private final BlindIndex index;
    private final ApplicationEventPublisher events;
    private final ShopClock clock;

    SocialLoginService(SocialLinkStore links, Members members, ConsentRecords consents, BlindIndex index,
            ApplicationEventPublisher events, ShopClock clock) {
        this.links = links;
        this.members = members;
        this.consents = consents;
        this.index = index;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Long> signIn(SocialIdentity identity) {
        Optional<Long> linked = links.memberOf(identity.provider(), identity.subject());
        if (linked.isPresent()) {
            signedIn(linked.get(), identity);
            return linked;
        }
        if (!identity.emailVerified() || identity.email() == null) {
            return Optional.empty();
        }
        Optional<MemberAccount> sameEmail = Optional.ofNullable(index.email(identity.email()))
                .flatMap(members::findByEmailIndex)
                .filter(MemberAccount::active)
                .filter(member -> !links.hasProvider(member.id(), identity.provider()));
        sameEmail.ifPresent(member -> links.link(identity.provider(), identity.subject(), member.id(),
                SocialLinkStore.LinkedBy.VERIFIED_EMAIL, clock.now()));
        sameEmail.ifPresent(member -> signedIn(member.id(), identity));
        return sameEmail.map(MemberAccount::id);
    }

    /** A dormant account is not signed in yet: it goes through the restore step first. */
    private void signedIn(long memberId, SocialIdentity identity) {
        if (members.findById(memberId).filter(MemberAccount::active).isPresent()) {
            events.publishEvent(new MemberSignedIn(memberId, MemberSignedIn.PROVIDER, identity.provider(), clock.now()));
        }
    }

    @Override
    @Transactional
    public long join(SocialIdentity identity, Set<ConsentType> granted) {
        List<InputProblem> problems = new ArrayList<>();
        for (ConsentType type : ConsentType.values()) {
            if (type.required() && !granted.contains(type)) {
                problems.add(new InputProblem(type == ConsentType.TERMS ? "agreeTerms" : "agreePrivacy",
                        "consent-required"));
            }
        }
        if (links.memberOf(identity.provider(), identity.subject()).isPresent()) {
            problems.add(new InputProblem("", "social-already-linked"));
        }
        String email = identity.email() == null ? null : BlindIndex.normalizeEmail(identity.email());
        if (email != null) {
            List<InputProblem> emailProblems = new ArrayList<>();
            AccountRules.email("email", email, emailProblems);
            // A provider email the shop cannot use is left out rather than refusing the shopper.
            email = emailProblems.isEmpty() ? email : null;
        }
        String emailIndex = email == null ? null : index.email(email);
        if (emailIndex != null && members.existsByEmailIndex(emailIndex)) {
            problems.add(new InputProblem("email", "email-taken"));
        }
        if (!problems.isEmpty()) {
            throw new MemberRejection(problems);
        }
        Instant now = clock.now();
        MemberAccount account;
        try {
            account = members.saveAndFlush(MemberAccount.throughProvider(
                    new MemberAccount.Contact(email, emailIndex, identity.name(), null, null),
                    identity.emailVerified(), now));
            links.link(identity.provider(), identity.subject(), account.id(), SocialLinkStore.LinkedBy.SIGN_UP, now);
        } catch (DataIntegrityViolationException sameMoment) {
            throw MemberRejection.of("email", "email-taken");
        }
        consents.recordSignUp(account.id(), granted, now);
        events.publishEvent(new MemberJoined(account.id(), now));
        events.publishEvent(new MemberSignedIn(account.id(), MemberSignedIn.PROVIDER, identity.provider(), now));
        return account.id();
    }

    @Override
    @Transactional
    public void link(long memberId, SocialIdentity identity) {
        Optional<Long> current = links.memberOf(identity.provider(), identity.subject());
        if (current.isPresent()) {
            if (current.get() == memberId) {
                return;
            }
            throw MemberRejection.of("", "social-linked-elsewhere");
        }
        if (links.hasProvider(memberId, identity.provider())) {
            throw MemberRejection.of("", "social-provider-taken");
        }
        try {
            links.link(identity.provider(), identity.subject(), memberId, SocialLinkStore.LinkedBy.EXPLICIT,
                    clock.now());
        } catch (DataIntegrityViolationException sameMoment) {
            throw MemberRejection.of("", "social-linked-elsewhere");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<SocialLinkView> links(long memberId) {
        return links.of(memberId);
    }
}
