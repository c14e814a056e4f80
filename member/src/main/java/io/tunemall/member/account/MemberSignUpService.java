package io.tunemall.member.account;

import io.tunemall.member.MemberProperties;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.GuardianConsent;
import io.tunemall.member.api.InputProblem;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MemberSignUp;
import io.tunemall.member.api.SignUp;
import io.tunemall.member.api.SignUpTerms;
import io.tunemall.member.api.Under14Policy;
import io.tunemall.member.consent.ConsentRecords;
import io.tunemall.member.settings.MemberSettings;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.MemberJoined;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberSignUpService implements MemberSignUp {

    private final Members members;
    private final ConsentRecords consents;
    private final GuardianConsents guardians;
    private final MemberSettings settings;
    private final BlindIndex index;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final MemberProperties properties;
    private final ShopClock clock;

    MemberSignUpService(Members members, ConsentRecords consents, GuardianConsents guardians, MemberSettings settings,
            BlindIndex index, PasswordEncoder passwords, ApplicationEventPublisher events, MemberProperties properties,
            ShopClock clock) {
        this.members = members;
        this.consents = consents;
        this.guardians = guardians;
        this.settings = settings;
        this.index = index;
        this.passwords = passwords;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public SignUpTerms terms() {
        Map<ConsentType, String> versions = Arrays.stream(ConsentType.values())
                .collect(Collectors.toMap(Function.identity(), type -> properties.terms().versionOf(type)));
        return new SignUpTerms(versions, settings.under14Policy());
    }

    @Override
    @Transactional
    public long signUp(SignUp signUp) {
        LocalDate today = clock.today();
        List<InputProblem> problems = new ArrayList<>();
        AccountRules.email("email", signUp.email(), problems);
        AccountRules.password("password", signUp.password(), problems);
        AccountRules.name("name", signUp.name(), problems);
        AccountRules.mobile("phone", signUp.phone(), problems);
        AccountRules.birthDate("birthDate", signUp.birthDate(), today, problems);
        for (ConsentType type : ConsentType.values()) {
            if (type.required() && !signUp.consents().contains(type)) {
                problems.add(new InputProblem(type == ConsentType.TERMS ? "agreeTerms" : "agreePrivacy",
                        "consent-required"));
            }
        }
        boolean child = signUp.birthDate() != null && !signUp.birthDate().isAfter(today)
                && AccountRules.under14(signUp.birthDate(), today);
        if (child) {
            checkChild(signUp.guardian(), problems);
        }
        String emailIndex = problems.stream().anyMatch(p -> p.field().equals("email")) ? null
                : index.email(signUp.email());
        if (emailIndex != null && members.existsByEmailIndex(emailIndex)) {
            problems.add(new InputProblem("email", "email-taken"));
        }
        if (!problems.isEmpty()) {
            throw new MemberRejection(problems);
        }

        Instant now = clock.now();
        String phone = AccountRules.formatPhone(signUp.phone());
        MemberAccount account = new MemberAccount(new MemberAccount.Contact(BlindIndex.normalizeEmail(signUp.email()),
                emailIndex, signUp.name().strip(), phone, index.phone(phone)), passwords.encode(signUp.password()),
                signUp.birthDate(), now);
        try {
            account = members.saveAndFlush(account);
        } catch (DataIntegrityViolationException sameEmailAtTheSameMoment) {
            throw MemberRejection.of("email", "email-taken");
        }
        consents.recordSignUp(account.id(), signUp.consents(), now);
        if (child) {
            guardians.record(account.id(), signUp.guardian(), properties.terms().privacyVersion(), now);
        }
        events.publishEvent(new MemberJoined(account.id(), now));
        return account.id();
    }

    private void checkChild(GuardianConsent guardian, List<InputProblem> problems) {
        if (settings.under14Policy() == Under14Policy.REFUSE) {
            problems.add(new InputProblem("birthDate", "under-14-refused"));
            return;
        }
        if (guardian == null || !guardian.agreed()) {
            problems.add(new InputProblem("guardianAgreed", "guardian-consent-required"));
        }
        AccountRules.name("guardianName", guardian == null ? null : guardian.name(), problems);
        AccountRules.phone("guardianPhone", guardian == null ? null : guardian.phone(), problems);
    }
}
