package io.tunemall.member.login;

import io.tunemall.member.MemberProperties;
import io.tunemall.member.account.AccountRules;
import io.tunemall.member.account.MemberAccount;
import io.tunemall.member.account.Members;
import io.tunemall.member.api.InputProblem;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.PasswordResets;
import io.tunemall.member.api.RememberedLogins;
import io.tunemall.member.mail.MemberMail;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.time.ShopClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PasswordResetService implements PasswordResets {

    private final Members members;
    private final BlindIndex index;
    private final MailedTokens tokens;
    private final MemberMail mail;
    private final PasswordEncoder passwords;
    private final RememberedLogins rememberedLogins;
    private final MemberProperties properties;
    private final ShopClock clock;

    PasswordResetService(Members members, BlindIndex index, MailedTokens tokens, MemberMail mail,
            PasswordEncoder passwords, RememberedLogins rememberedLogins, MemberProperties properties,
            ShopClock clock) {
        this.members = members;
        this.index = index;
        this.tokens = tokens;
        this.mail = mail;
        this.passwords = passwords;
        this.rememberedLogins = rememberedLogins;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void requestReset(String email) {
        Optional.ofNullable(email).map(index::email).flatMap(members::findByEmailIndex)
                .filter(MemberAccount::active)
                .ifPresent(account -> mail.passwordReset(account.id(), account.email(), tokens.issue(account.id(),
                        TokenPurpose.PASSWORD_RESET, null, properties.resetLinkValidFor())));
    }

    @Override
    public boolean usable(String token) {
        return tokens.usable(token, TokenPurpose.PASSWORD_RESET);
    }

    @Override
    @Transactional
    public void reset(String token, String newPassword) {
        List<InputProblem> problems = new ArrayList<>();
        AccountRules.password("password", newPassword, problems);
        if (!problems.isEmpty()) {
            throw new MemberRejection(problems);
        }
        OneTimeToken used = tokens.redeem(token, TokenPurpose.PASSWORD_RESET);
        MemberAccount account = members.findById(used.memberId()).filter(MemberAccount::active)
                .orElseThrow(() -> MemberRejection.of("token", "token-invalid"));
        account.changePassword(passwords.encode(newPassword), clock.now());
        account.emailProven(clock.now());
        rememberedLogins.removeUserTokens(String.valueOf(account.id()));
    }
}
