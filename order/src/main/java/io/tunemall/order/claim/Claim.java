package io.tunemall.order.claim;

import io.tunemall.order.api.ClaimAction;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimState;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.Initiator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A return or exchange of some delivered lines of one order. Its steps go through {@link #move}, which checks
 * {@link ClaimLifecycle}; the order's history records each of them.
 */
@Entity
@Table(name = "order_claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    @Enumerated(EnumType.STRING)
    private ClaimKind kind;

    @Enumerated(EnumType.STRING)
    private ClaimState state;

    @Enumerated(EnumType.STRING)
    private ClaimReason reason;

    private String message;

    @Column(name = "line_nos")
    private String lineNos;

    @Column(name = "return_fee")
    private long returnFee;

    @Column(name = "refund_amount")
    private long refundAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by")
    private Initiator requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "reshipped_at")
    private Instant reshippedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Claim() {
    }

    /**
     * A new request.
     *
     * @param returnFee the shop's return shipping fee when the shopper pays it, else zero
     * @param refundAmount for a return, the lines' paid shares less the fee (never below zero); zero for an exchange
     */
    static Claim requested(long orderId, ClaimKind kind, ClaimReason reason, String message, List<Integer> lineNumbers,
            Money returnFee, Money refundAmount, Initiator by, Instant at) {
        Claim claim = new Claim();
        claim.orderId = orderId;
        claim.kind = kind;
        claim.state = ClaimState.REQUESTED;
        claim.reason = reason;
        claim.message = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
        claim.lineNos = lineNumbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        claim.returnFee = returnFee.won();
        claim.refundAmount = refundAmount.won();
        claim.requestedBy = by;
        claim.requestedAt = at;
        claim.updatedAt = at;
        return claim;
    }

    /** Takes the action if the state allows it (a 409 problem otherwise) and notes when. */
    ClaimState move(ClaimAction action, String note, Instant at) {
        ClaimState target = ClaimLifecycle.target(id == null ? 0 : id, kind, state, action);
        if (target == ClaimState.COMPLETED) {
            completedAt = at;
        }
        switch (action) {
            case APPROVE, REJECT -> decidedAt = at;
            case COLLECT -> collectedAt = at;
            case COMPLETE -> completedAt = at;
            default -> { }
        }
        if (note != null && !note.isBlank()) {
            decisionNote = note.length() <= 500 ? note.strip() : note.strip().substring(0, 500);
        }
        state = target;
        updatedAt = at;
        return target;
    }

    void reshipped(Instant at) {
        reshippedAt = at;
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public ClaimKind kind() {
        return kind;
    }

    public ClaimState state() {
        return state;
    }

    public ClaimReason reason() {
        return reason;
    }

    public String message() {
        return message;
    }

    public List<Integer> lineNumbers() {
        return Arrays.stream(lineNos.split(",")).map(Integer::valueOf).toList();
    }

    public Money returnFee() {
        return Money.won(returnFee);
    }

    public Money refundAmount() {
        return Money.won(refundAmount);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant collectedAt() {
        return collectedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant reshippedAt() {
        return reshippedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
