package io.tunemall.member.account;

import io.tunemall.member.api.MemberStatus;
import io.tunemall.platform.privacy.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A shopper's account. Name, email, phone and birth date are encrypted on their way to the database; the email and
 * phone also get a blind index for look-up. A withdrawn account keeps only its id, state and dates.
 */
@Entity
@Table(name = "member_account")
public class MemberAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Convert(converter = EncryptedText.class)
    private String email;

    @Column(name = "email_index")
    private String emailIndex;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Convert(converter = EncryptedText.class)
    private String name;

    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "phone_index")
    private String phoneIndex;

    @Convert(converter = EncryptedText.class)
    @Column(name = "birth_date")
    private String birthDate;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected MemberAccount() {
    }

    MemberAccount(Contact contact, String passwordHash, LocalDate birthDate, Instant joinedAt) {
        this.status = MemberStatus.ACTIVE;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = passwordHash == null ? null : joinedAt;
        this.birthDate = birthDate == null ? null : birthDate.toString();
        this.joinedAt = joinedAt;
        applyEmail(contact);
        applyProfile(contact);
    }

    /**
     * An account created through a social login or the company's OIDC provider: no password (it logs in through the
     * provider), and an email the provider vouched for counts as verified.
     */
    public static MemberAccount throughProvider(Contact contact, boolean emailVerified, Instant at) {
        MemberAccount account = new MemberAccount(contact, null, null, at);
        account.emailVerifiedAt = emailVerified && contact.email() != null ? at : null;
        return account;
    }

    /** The personal data a dormant account keeps in the separate store, in clear here (encrypted on the way). */
    public record DormantData(String email, Instant emailVerifiedAt, String name, String phone, String phoneIndex,
            String birthDate) {
    }

    public boolean dormant() {
        return status == MemberStatus.DORMANT;
    }

    /** Locks the account and hands over its personal data; the email's blind index stays (see V81). */
    public DormantData goDormant() {
        DormantData data = new DormantData(email, emailVerifiedAt, name, phone, phoneIndex, birthDate);
        this.status = MemberStatus.DORMANT;
        this.email = null;
        this.emailVerifiedAt = null;
        this.name = null;
        this.phone = null;
        this.phoneIndex = null;
        this.birthDate = null;
        return data;
    }

    public void restore(DormantData data, Instant at) {
        this.status = MemberStatus.ACTIVE;
        this.email = data.email();
        this.emailVerifiedAt = data.emailVerifiedAt();
        this.name = data.name();
        this.phone = data.phone();
        this.phoneIndex = data.phoneIndex();
        this.birthDate = data.birthDate();
        this.lastLoginAt = at;
    }

    /** The clear values and blind indexes of an account's contact details, as the services computed them. */
    public record Contact(String email, String emailIndex, String name, String phone, String phoneIndex) {
    }

    public long id() {
        return id;
    }

    public MemberStatus status() {
        return status;
    }

    public boolean active() {
        return status == MemberStatus.ACTIVE;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String birthDate() {
        return birthDate;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public void changeProfile(String name, String phone, String phoneIndex) {
        this.name = name;
        this.phone = phone;
        this.phoneIndex = phoneIndex;
    }

    /** A changed login email counts as verified: the member followed the link mailed to it. */
    public void changeEmail(String email, String emailIndex, Instant at) {
        this.email = email;
        this.emailIndex = emailIndex;
        this.emailVerifiedAt = at;
    }

    /** Whoever opened a link mailed to the address has shown that they receive mail there. */
    public void emailProven(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    public void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
    }

    /** An adaptive hash was re-computed with the current algorithm at login; the password itself did not change. */
    public void rehashPassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void loggedInAt(Instant at) {
        this.lastLoginAt = at;
    }

    /**
     * Erases every piece of personal data. The id stays so that orders, payments and the consent history that refer
     * to it remain valid (전자상거래법 retention); the erased email index frees the address for a new account.
     */
    public void withdraw(Instant at) {
        this.status = MemberStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.email = null;
        this.emailIndex = null;
        this.emailVerifiedAt = null;
        this.name = null;
        this.phone = null;
        this.phoneIndex = null;
        this.birthDate = null;
        this.passwordHash = null;
        this.passwordChangedAt = null;
    }

    private void applyEmail(Contact contact) {
        this.email = contact.email();
        this.emailIndex = contact.emailIndex();
    }

    private void applyProfile(Contact contact) {
        changeProfile(contact.name(), contact.phone(), contact.phoneIndex());
    }
}
