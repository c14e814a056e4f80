package io.tunemall.order.cart;

import io.tunemall.sdk.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A shopper's cart: a guest's (found by its id) or a member's (found by member id). */
@Entity
@Table(name = "cart")
public class Cart {

    @Id
    private String id;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CartLine> lines = new ArrayList<>();

    protected Cart() {
    }

    Cart(String id, Long memberId, Instant now) {
        this.id = id;
        this.memberId = memberId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public Long memberId() {
        return memberId;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    Optional<CartLine> line(long lineId) {
        return lines.stream().filter(line -> line.id() != null && line.id() == lineId).findFirst();
    }

    Optional<CartLine> lineOf(long variantId) {
        return lines.stream().filter(line -> line.variantId() == variantId).findFirst();
    }

    CartLine add(long variantId, String sku, int quantity, Money unitPrice, Instant now) {
        CartLine line = new CartLine(this, variantId, sku, quantity, unitPrice, now);
        lines.add(line);
        touch(now);
        return line;
    }

    boolean remove(long lineId, Instant now) {
        boolean removed = lines.removeIf(line -> line.id() != null && line.id() == lineId);
        if (removed) {
            touch(now);
        }
        return removed;
    }

    void removeVariants(Collection<Long> variantIds, Instant now) {
        if (lines.removeIf(line -> variantIds.contains(line.variantId()))) {
            touch(now);
        }
    }

    /** A guest cart becomes the member's when the member had none. */
    void handTo(long member, Instant now) {
        this.memberId = member;
        touch(now);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
