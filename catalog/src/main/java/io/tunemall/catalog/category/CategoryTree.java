package io.tunemall.catalog.category;

import io.tunemall.catalog.api.Breadcrumb;
import io.tunemall.catalog.api.CategorySummary;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole category tree as plain values, small enough to cache in one piece (a shop has hundreds of categories, not
 * millions). A category is shown only when it and every ancestor are visible.
 */
public record CategoryTree(List<Node> nodes) implements Serializable {

    public record Node(long id, Long parentId, String name, String slug, int sortOrder, boolean visible)
            implements Serializable {
    }

    public CategoryTree {
        nodes = List.copyOf(nodes);
    }

    /** A shown category by slug, or by id when no slug reads the same. */
    public Optional<Node> find(String idOrSlug) {
        Optional<Node> bySlug = nodes.stream().filter(node -> node.slug().equals(idOrSlug)).findFirst();
        if (bySlug.isPresent() || !idOrSlug.matches("\\d{1,18}")) {
            return bySlug.filter(node -> shown(node.id()));
        }
        return node(Long.parseLong(idOrSlug)).filter(node -> shown(node.id()));
    }

    public Optional<Node> node(long id) {
        return nodes.stream().filter(node -> node.id() == id).findFirst();
    }

    /** Whether the category and all its ancestors are visible. */
    public boolean shown(long id) {
        Optional<Node> node = node(id);
        while (node.isPresent()) {
            if (!node.get().visible()) {
                return false;
            }
            Long parent = node.get().parentId();
            node = parent == null ? Optional.empty() : node(parent);
        }
        return true;
    }

    /** The shown categories from the top of the tree down to this one. */
    public List<Breadcrumb> breadcrumbs(long id) {
        Deque<Breadcrumb> path = new ArrayDeque<>();
        Optional<Node> node = node(id);
        while (node.isPresent()) {
            Node current = node.get();
            if (current.visible()) {
                path.addFirst(new Breadcrumb(current.id(), current.name(), current.slug()));
            }
            node = current.parentId() == null ? Optional.empty() : node(current.parentId());
        }
        return List.copyOf(path);
    }

    /** The category and its shown descendants: a category lists the products of its whole visible subtree. */
    public List<Long> withDescendants(long id) {
        List<Long> found = new ArrayList<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(id));
        while (!pending.isEmpty()) {
            long current = pending.removeFirst();
            found.add(current);
            nodes.stream().filter(node -> Objects.equals(node.parentId(), current) && node.visible())
                    .forEach(node -> pending.addLast(node.id()));
        }
        return found;
    }

    /** The shown sub-categories of a category, in the owner's order, with their own shown children. */
    public List<CategorySummary> children(long id) {
        return nodes.stream()
                .filter(node -> Objects.equals(node.parentId(), id) && node.visible())
                .sorted(Comparator.comparingInt(Node::sortOrder).thenComparingLong(Node::id))
                .map(node -> new CategorySummary(node.id(), node.name(), node.slug(), children(node.id())))
                .toList();
    }
}
