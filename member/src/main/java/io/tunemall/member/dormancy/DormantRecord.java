package io.tunemall.member.dormancy;

import io.tunemall.member.account.MemberAccount.DormantData;
import io.tunemall.platform.privacy.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dormant member's personal data, kept apart from the account and encrypted like it was there. */
@Entity
@Table(name = "member_dormant")
class DormantRecord {

    static final int MAX_CODE_ATTEMPTS = 5;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Convert(converter = EncryptedText.class)
    private String email;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Convert(converter = EncryptedText.class)
    private String name;

    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "phone_index")
    private String phoneIndex;

    @Convert(converter = EncryptedText.class)
    @Column(name = "birth_date")
    private String birthDate;

    @Column(name = "dormant_since")
    private Instant dormantSince;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;

    @Column(name = "code_attempts")
    private int codeAttempts;

    protected DormantRecord() {
    }

    DormantRecord(long memberId, DormantData data, Instant since) {
        this.memberId = memberId;
        this.email = data.email();
        this.emailVerifiedAt = data.emailVerifiedAt();
        this.name = data.name();
        this.phone = data.phone();
        this.phoneIndex = data.phoneIndex();
        this.birthDate = data.birthDate();
        this.dormantSince = since;
    }

    DormantData data() {
        return new DormantData(email, emailVerifiedAt, name, phone, phoneIndex, birthDate);
    }

    String email() {
        return email;
    }

    void newCode(String hash, Instant expiresAt) {
        this.codeHash = hash;
        this.codeExpiresAt = expiresAt;
        this.codeAttempts = 0;
    }

    /** A wrong guess counts; after {@link #MAX_CODE_ATTEMPTS} the code is dead and a new login sends a new one. */
    boolean accepts(String hash, Instant now) {
        if (codeHash == null || codeExpiresAt == null || !now.isBefore(codeExpiresAt)
                || codeAttempts >= MAX_CODE_ATTEMPTS) {
            return false;
        }
        if (java.security.MessageDigest.isEqual(codeHash.getBytes(), hash.getBytes())) {
            return true;
        }
        codeAttempts++;
        return false;
    }
}
