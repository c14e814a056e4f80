package io.tunemall.order.order;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A state machine's table: from which state which action leads where. Orders and claims each keep one; what a refused
 * move means (which problem, which words) stays with them.
 *
 * @param <S> the states
 * @param <A> the actions
 */
public final class Moves<S extends Enum<S>, A extends Enum<A>> {

    private final Map<S, Map<A, S>> table;
    private final Class<A> actions;

    public Moves(Class<S> states, Class<A> actions) {
        this.table = new EnumMap<>(states);
        this.actions = actions;
    }

    /** Adds a move while the table is being written; the table is read-only once published as a constant. */
    public Moves<S, A> move(S from, A action, S to) {
        table.computeIfAbsent(from, state -> new EnumMap<>(actions)).put(action, to);
        return this;
    }

    /** The actions the state allows. */
    public Set<A> allowed(S state) {
        Map<A, S> moves = table.get(state);
        return moves == null ? EnumSet.noneOf(actions) : EnumSet.copyOf(moves.keySet());
    }

    /** Where the action leads from the state, or empty when the state does not allow it. */
    public Optional<S> target(S state, A action) {
        Map<A, S> moves = table.get(state);
        return moves == null ? Optional.empty() : Optional.ofNullable(moves.get(action));
    }
}
