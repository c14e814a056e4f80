package io.tunemall.examples.delivery;

import io.tunemall.sdk.data.ModuleDatabase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The module's count of orders per delivery day and time slot. */
class Bookings {

    private final ModuleDatabase database;

    Bookings(ModuleDatabase database) {
        this.database = database;
    }

    /** Orders already booked from {@code first} to {@code last}, by choice; a slot nobody booked is absent. */
    Map<DeliveryChoice, Integer> between(LocalDate first, LocalDate last) {
        Map<DeliveryChoice, Integer> booked = new HashMap<>();
        database.query("SELECT delivery_day, time_slot, booked FROM " + table() + " WHERE delivery_day BETWEEN ? AND ?",
                row -> {
                    booked.put(new DeliveryChoice(row.date("delivery_day"), TimeSlot.valueOf(row.text("time_slot"))),
                            (int) row.integer("booked"));
                    return null;
                }, first, last);
        return booked;
    }

    int booked(DeliveryChoice choice) {
        return database.queryOne("SELECT booked FROM " + table() + " WHERE delivery_day = ? AND time_slot = ?",
                row -> (int) row.integer("booked"), choice.day(), choice.slot().name()).orElse(0);
    }

    /**
     * Takes one place in the slot if it has one left. The conditional update is atomic: two checkouts racing for the
     * last place cannot both get it, whatever the number of nodes. Runs in the order's transaction, so a place taken by
     * an order that then fails is given back.
     */
    boolean take(DeliveryChoice choice, int capacity) {
        // Creates the slot's row at zero the first time; a row another checkout created meanwhile is kept as it is.
        database.update("INSERT IGNORE INTO " + table() + " (delivery_day, time_slot, booked) VALUES (?, ?, 0)",
                choice.day(), choice.slot().name());
        return database.update("UPDATE " + table() + " SET booked = booked + 1 WHERE delivery_day = ? AND time_slot = ? "
                + "AND booked < ?", choice.day(), choice.slot().name(), capacity) == 1;
    }

    /**
     * Gives the place an order took back, once per order: the outbox may deliver a cancellation again, and the
     * order's number in the returned table makes the second delivery do nothing. Never goes below zero.
     */
    void giveBack(String orderNumber, DeliveryChoice choice) {
        database.inTransaction(() -> {
            int first = database.update("INSERT IGNORE INTO " + database.table("returned") + " (order_number) VALUES (?)",
                    orderNumber);
            if (first == 1) {
                database.update("UPDATE " + table() + " SET booked = booked - 1 WHERE delivery_day = ? AND time_slot = ? "
                        + "AND booked > 0", choice.day(), choice.slot().name());
            }
            return null;
        });
    }

    private String table() {
        return database.table("booking");
    }
}
