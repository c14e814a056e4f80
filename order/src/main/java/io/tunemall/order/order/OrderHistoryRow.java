package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderState;
import io.tunemall.sdk.event.Initiator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One state change of an order, appended and never changed. */
@Entity
@Table(name = "shop_order_history")
public class OrderHistoryRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private OrderState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private OrderState toState;

    @Enumerated(EnumType.STRING)
    private Initiator initiator;

    @Column(name = "actor_name")
    private String actorName;

    private String reason;

    @Column(name = "line_nos")
    private String lineNos;

    @Column(name = "happened_at")
    private Instant happenedAt;

    protected OrderHistoryRow() {
    }

    OrderHistoryRow(Order order, String action, OrderState from, OrderState to, Actor actor, String reason,
            List<Integer> lineNumbers, Instant at) {
        this.order = order;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.initiator = actor.initiator();
        this.actorName = actor.name().length() > 100 ? actor.name().substring(0, 100) : actor.name();
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.lineNos = lineNumbers.isEmpty() ? null
                : lineNumbers.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.happenedAt = at;
    }

    public String action() {
        return action;
    }

    public OrderState from() {
        return fromState;
    }

    public OrderState to() {
        return toState;
    }

    public Initiator initiator() {
        return initiator;
    }

    public String actorName() {
        return actorName;
    }

    public String reason() {
        return reason;
    }

    public List<Integer> lineNumbers() {
        return lineNos == null ? List.of() : Arrays.stream(lineNos.split(",")).map(Integer::valueOf).toList();
    }

    public Instant at() {
        return happenedAt;
    }
}
