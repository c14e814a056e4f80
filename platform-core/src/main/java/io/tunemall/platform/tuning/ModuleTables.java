package io.tunemall.platform.tuning;

/** How a module's own tables are named: {@code acme.fit-finder} owns {@code tm_acme_fit_finder_*}. */
public final class ModuleTables {

    private ModuleTables() {
    }

    public static String prefix(String moduleId) {
        return "tm_" + moduleId.replace('.', '_').replace('-', '_') + "_";
    }
}
