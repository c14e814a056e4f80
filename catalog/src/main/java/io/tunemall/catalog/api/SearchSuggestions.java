package io.tunemall.catalog.api;

import java.io.Serializable;
import java.util.List;

/** What the search box suggests for the text typed so far. */
public record SearchSuggestions(String prefix, List<String> suggestions) implements Serializable {

    public SearchSuggestions {
        suggestions = List.copyOf(suggestions);
    }
}
