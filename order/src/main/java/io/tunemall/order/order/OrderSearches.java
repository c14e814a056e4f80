package io.tunemall.order.order;

import io.tunemall.order.api.OrderPage;
import io.tunemall.order.api.OrderRow;
import io.tunemall.order.api.OrderSearch;
import io.tunemall.order.api.OrderSlice;
import io.tunemall.platform.privacy.BlindIndex;
import io.tunemall.platform.time.ShopClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The admin order list: filters on state, the day placed (shop's time zone), the order number's beginning, the payment
 * method and the orderer's whole name or phone (through their blind indexes), newest first; each filter has an index
 * that starts with it (V72, V140).
 */
@Component
class OrderSearches {

    private final EntityManager entities;
    private final OrderViews views;
    private final ShopClock clock;
    private final BlindIndex blindIndex;

    OrderSearches(EntityManager entities, OrderViews views, ShopClock clock, BlindIndex blindIndex) {
        this.entities = entities;
        this.views = views;
        this.clock = clock;
        this.blindIndex = blindIndex;
    }

    OrderPage search(OrderSearch search) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, params);
        TypedQuery<Long> count = entities.createQuery("select count(o) from ShopOrder o" + where, Long.class);
        TypedQuery<Order> page = entities.createQuery("select o from ShopOrder o" + where
                + " order by o.placedAt desc, o.id desc", Order.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<OrderRow> rows = page.setFirstResult(search.page() * search.size()).setMaxResults(search.size())
                .getResultList().stream().map(views::row).toList();
        return new OrderPage(rows, search.page(), search.size(), count.getSingleResult());
    }

    /**
     * Oldest first after a position, for the API's cursor: orders placed while a client pages through land at the
     * end, so no page shifts (the staff list's newest-first pages would).
     */
    OrderSlice after(OrderSearch search, long afterPosition, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, params) + " and o.id > :after";
        params.put("after", afterPosition);
        TypedQuery<Order> page = entities.createQuery("select o from ShopOrder o" + where + " order by o.id asc",
                Order.class);
        params.forEach(page::setParameter);
        List<Order> found = page.setMaxResults(limit + 1).getResultList();
        List<Order> shown = found.subList(0, Math.min(limit, found.size()));
        Long next = found.size() > limit ? shown.get(shown.size() - 1).id() : null;
        return new OrderSlice(shown.stream().map(views::row).toList(), next);
    }

    private String where(OrderSearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.state() != null) {
            where.append(" and o.state = :state");
            params.put("state", search.state());
        }
        if (search.from() != null) {
            where.append(" and o.placedAt >= :from");
            params.put("from", search.from().atStartOfDay(clock.zone()).toInstant());
        }
        if (search.to() != null) {
            where.append(" and o.placedAt < :to");
            params.put("to", search.to().plusDays(1).atStartOfDay(clock.zone()).toInstant());
        }
        if (search.orderNumber() != null && !search.orderNumber().isBlank()) {
            where.append(" and o.orderNumber like :number");
            params.put("number", search.orderNumber().strip().replace("%", "").replace("_", "\\_") + "%");
        }
        if (search.paymentMethod() != null) {
            where.append(" and o.paymentMethod = :method");
            params.put("method", search.paymentMethod());
        }
        if (search.orderer() != null) {
            // Exact matches through the blind indexes: the database holds no clear name or phone to compare with.
            String index = search.ordererIsPhone() ? blindIndex.phone(search.orderer()) : blindIndex.name(search.orderer());
            where.append(search.ordererIsPhone() ? " and o.ordererPhoneIndex = :orderer" : " and o.ordererNameIndex = :orderer");
            params.put("orderer", index == null ? "" : index);
        }
        return where.toString();
    }
}