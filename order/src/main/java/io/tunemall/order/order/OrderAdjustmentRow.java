package io.tunemall.order.order;

import io.tunemall.sdk.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A labelled discount or charge of a price rule, on a line or on the order, as it was charged. */
@Entity
@Table(name = "shop_order_adjustment")
public class OrderAdjustmentRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    /** Null for an order-level adjustment. */
    @Column(name = "line_no")
    private Integer lineNo;

    private String label;

    private long amount;

    private boolean charge;

    private int position;

    protected OrderAdjustmentRow() {
    }

    OrderAdjustmentRow(Order order, Integer lineNo, String label, Money amount, boolean charge, int position) {
        this.order = order;
        this.lineNo = lineNo;
        this.label = label.length() > 200 ? label.substring(0, 200) : label;
        this.amount = amount.won();
        this.charge = charge;
        this.position = position;
    }

    public Integer lineNumber() {
        return lineNo;
    }

    public String label() {
        return label;
    }

    public Money amount() {
        return Money.won(amount);
    }

    public boolean charge() {
        return charge;
    }
}
