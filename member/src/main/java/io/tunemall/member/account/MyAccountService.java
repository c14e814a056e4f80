package io.tunemall.member.account;

import io.tunemall.member.MemberProperties;
import io.tunemall.member.address.AddressBook;
import io.tunemall.member.api.AccountOverview;
import io.tunemall.member.api.AddressDraft;
import io.tunemall.member.api.ConsentType;
import io.tunemall.member.api.InputProblem;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.RememberedLogins;
import io.tunemall.member.api.ShippingAddress;
import io.tunemall.member.consent.ConsentRecords;
import io.tunemall.member.login.MailedTokens;
import io.tunemall.member.login.OneTimeToken;
import io.tunemall.member.login.TokenPurpose;
import io.tunemall.member.mail.MemberMail;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.time.ShopClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MyAccountService implements MyAccount {

    private final Members members;
    private final ConsentRecords consents;
    private final AddressBook addressBook;
    private final GuardianConsents guardians;
    private final MailedTokens tokens;
    private final MemberMail mail;
    private final RememberedLogins rememberedLogins;
    private final BlindIndex index;
    private final PasswordEncoder passwords;
    private final MemberProperties properties;
    private final ShopClock clock;

    MyAccountService(Members members, ConsentRecords consents, AddressBook addressBook, GuardianConsents guardians,
            MailedTokens tokens, MemberMail mail, RememberedLogins rememberedLogins, BlindIndex index,
            PasswordEncoder passwords, MemberProperties properties, ShopClock clock) {
        this.members = members;
        this.consents = consents;
        this.addressBook = addressBook;
        this.guardians = guardians;
        this.tokens = tokens;
        this.mail = mail;
        this.rememberedLogins = rememberedLogins;
        this.index = index;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountOverview overview(long memberId) {
        MemberAccount account = active(memberId);
        return new AccountOverview(memberId, account.name(), account.email(), account.phone(), account.emailVerified(),
                account.joinedAt(), consents.current(memberId), consents.reconfirmationDue(memberId));
    }

    @Override
    @Transactional
    public void updateProfile(long memberId, String name, String phone) {
        List<InputProblem> problems = new ArrayList<>();
        AccountRules.name("name", name, problems);
        AccountRules.mobile("phone", phone, problems);
        if (!problems.isEmpty()) {
            throw new MemberRejection(problems);
        }
        String formatted = AccountRules.formatPhone(phone);
        active(memberId).changeProfile(name.strip(), formatted, index.phone(formatted));
    }

    @Override
    @Transactional
    public void changePassword(long memberId, String currentPassword, String newPassword) {
        MemberAccount account = active(memberId);
        List<InputProblem> problems = new ArrayList<>();
        checkPassword(account, "currentPassword", currentPassword, problems);
        AccountRules.password("newPassword", newPassword, problems);
        if (!problems.isEmpty()) {
            throw new MemberRejection(problems);
        }
        account.changePassword(passwords.encode(newPassword), clock.now());
        rememberedLogins.removeUserTokens(String.valueOf(memberId));
    }

    @Override
    @Transactional
    public void requestEmailChange(long memberId, String newEmail, String currentPassword) {
        MemberAccount account = active(memberId);
        List<InputProblem> problems = new ArrayList<>();
        checkPassword(account, "currentPassword", currentPassword, problems);
        AccountRules.email("newEmail", newEmail, problems);
        if (problems.stream().noneMatch(problem -> problem.field().equals("newEmail"))) {
            members.findByEmailIndex(index.email(newEmail)).ifPresent(holder -> problems.add(new InputProblem(
                    "newEmail", holder.id() == memberId ? "email-unchanged" : "email-taken")));
        }
        if (!problems.isEmpty()) {
            throw new MemberRejection(problems);
        }
        String address = BlindIndex.normalizeEmail(newEmail);
        String token = tokens.issue(memberId, TokenPurpose.EMAIL_CHANGE, address, properties.emailLinkValidFor());
        mail.emailChange(memberId, address, token);
    }

    @Override
    @Transactional
    public void confirmEmailChange(String token) {
        OneTimeToken used = tokens.redeem(token, TokenPurpose.EMAIL_CHANGE);
        MemberAccount account = members.findById(used.memberId()).filter(MemberAccount::active)
                .orElseThrow(() -> MemberRejection.of("token", "token-invalid"));
        String emailIndex = index.email(used.newEmail());
        if (members.findByEmailIndex(emailIndex).filter(holder -> holder.id() != account.id()).isPresent()) {
            throw MemberRejection.of("token", "email-taken");
        }
        account.changeEmail(used.newEmail(), emailIndex, clock.now());
    }

    @Override
    @Transactional
    public void updateConsents(long memberId, Set<ConsentType> granted, boolean reconfirmation) {
        active(memberId);
        if (reconfirmation) {
            consents.reconfirm(memberId, granted, clock.now());
        } else {
            consents.change(memberId, granted, clock.now());
        }
    }

    @Override
    public List<ShippingAddress> addresses(long memberId) {
        return addressBook.list(memberId);
    }

    @Override
    @Transactional
    public long saveAddress(long memberId, Long addressId, AddressDraft address) {
        active(memberId);
        return addressBook.save(memberId, addressId, address);
    }

    @Override
    public void deleteAddress(long memberId, long addressId) {
        addressBook.delete(memberId, addressId);
    }

    @Override
    public void makeDefaultAddress(long memberId, long addressId) {
        addressBook.makeDefault(memberId, addressId);
    }

    @Override
    @Transactional
    public void withdraw(long memberId, String currentPassword) {
        MemberAccount account = active(memberId);
        List<InputProblem> problems = new ArrayList<>();
        checkPassword(account, "currentPassword", currentPassword, problems);
        if (!problems.isEmpty()) {
            throw new MemberRejection(problems);
        }
        consents.withdraw(memberId, clock.now());
        addressBook.deleteAll(memberId);
        tokens.deleteAll(memberId);
        guardians.erase(memberId);
        rememberedLogins.removeUserTokens(String.valueOf(memberId));
        account.withdraw(clock.now());
    }

    private void checkPassword(MemberAccount account, String field, String password, List<InputProblem> problems) {
        if (password == null || password.isEmpty()) {
            problems.add(new InputProblem(field, "password-required"));
        } else if (account.passwordHash() == null || !passwords.matches(password, account.passwordHash())) {
            problems.add(new InputProblem(field, "password-wrong"));
        }
    }

    private MemberAccount active(long memberId) {
        return members.findById(memberId).filter(MemberAccount::active)
                .orElseThrow(() -> ShopException.notFound("Member " + memberId));
    }
}
