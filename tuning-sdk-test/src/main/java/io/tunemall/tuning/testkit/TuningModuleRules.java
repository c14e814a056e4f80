package io.tunemall.tuning.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;

/**
 * ArchUnit rules for a tuning module's own code. A module that reaches into the platform's classes breaks on the
 * next platform update (those are not part of any promise); the SDK is.
 *
 * <pre>{@code
 * @Test
 * void the_module_uses_the_sdk_only() {
 *     TuningModuleRules.usesOnlyTheSdk("com.acme.fitfinder")
 *             .check(new ClassFileImporter().importPackages("com.acme.fitfinder"));
 * }
 * }</pre>
 */
public final class TuningModuleRules {

    /** What a module may use besides its own code and the SDK: the JDK, without its internals. */
    static final String[] ALLOWED = {"java..", "javax.annotation..", "javax.sql.."};

    private TuningModuleRules() {
    }

    /** The module's classes use only the tuning SDK, the JDK's public packages and the module's own packages. */
    public static ArchRule usesOnlyTheSdk(String modulePackage) {
        String[] packages = new String[ALLOWED.length + 2];
        System.arraycopy(ALLOWED, 0, packages, 0, ALLOWED.length);
        packages[ALLOWED.length] = "io.tunemall.sdk..";
        packages[ALLOWED.length + 1] = modulePackage + "..";
        return classes().that().resideInAPackage(modulePackage + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages)
                .as("tuning module " + modulePackage + " uses only the tuning SDK and the JDK")
                .because("anything else of the platform may change in any update; the SDK keeps its promises");
    }
}
