package io.tunemall.member.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code that stands in for the TOTP when the phone is lost. Only its SHA-256 is kept. */
@Entity
@Table(name = "staff_recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(Long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    boolean unused() {
        return usedAt == null;
    }

    void useAt(Instant moment) {
        this.usedAt = moment;
    }
}
