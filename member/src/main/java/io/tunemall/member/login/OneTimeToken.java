package io.tunemall.member.login;

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
import java.time.Instant;

/**
 * A link mailed to a member that works once until it expires. The database holds a SHA-256 of the token only, so a
 * copy of the table gives nobody a working link.
 */
@Entity
@Table(name = "member_token")
public class OneTimeToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Convert(converter = EncryptedText.class)
    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {
    }

    OneTimeToken(long memberId, TokenPurpose purpose, String tokenHash, String newEmail, Instant createdAt,
            Instant expiresAt) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long memberId() {
        return memberId;
    }

    public String newEmail() {
        return newEmail;
    }

    boolean usableAt(Instant moment, TokenPurpose wanted) {
        return purpose == wanted && usedAt == null && moment.isBefore(expiresAt);
    }

    void useAt(Instant moment) {
        this.usedAt = moment;
    }

    /** An older link of the same kind stops working when a new one is sent. */
    void supersede(Instant moment) {
        if (usedAt == null) {
            usedAt = moment;
        }
    }
}
