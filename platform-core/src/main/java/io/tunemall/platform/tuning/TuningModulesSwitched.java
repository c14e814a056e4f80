package io.tunemall.platform.tuning;

import java.util.Set;

/**
 * The set of switched-off modules changed on this node (an install, a switch, another node's announcement, a trip):
 * whatever was derived from it, such as cached templates that modules override, must be derived again.
 */
public record TuningModulesSwitched(Set<String> off) {
}
