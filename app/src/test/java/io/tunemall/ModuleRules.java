package io.tunemall;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/** The dependency rules of DESIGN.md section 1, as ArchUnit rules. */
final class ModuleRules {

    static final List<String> DOMAIN_MODULES = List.of("catalog", "member", "order", "payment", "shipping", "apps");
    static final List<String> WEB_MODULES = List.of("admin", "storefront");

    /** A domain module is used by others only through its {@code api} package. */
    static final ArchRule ONLY_THROUGH_API = CompositeArchRule.of(DOMAIN_MODULES.stream()
            .map(module -> noClasses().that().resideOutsideOfPackage("io.tunemall." + module + "..")
                    .should().dependOnClassesThat(resideInAPackage("io.tunemall." + module + "..")
                            .and(not(resideInAPackage("io.tunemall." + module + ".api.."))))
                    .as("other modules use " + module + " only through io.tunemall." + module + ".api")
                    .allowEmptyShould(true))
            .map(ArchRule.class::cast)
            .toList()).as("domain modules are used only through their api packages");

    /** Nothing depends on a web module, not even the other web module. */
    static final ArchRule NOBODY_DEPENDS_ON_WEB = CompositeArchRule.of(WEB_MODULES.stream()
            .map(module -> noClasses().that().resideOutsideOfPackage("io.tunemall." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("io.tunemall." + module + "..")
                    .allowEmptyShould(true))
            .map(ArchRule.class::cast)
            .toList()).as("no module depends on a web module");

    /** The shared kernel knows no domain and no web module. */
    static final ArchRule PLATFORM_IS_BELOW_THE_DOMAINS = noClasses().that().resideInAPackage("io.tunemall.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tunemall.catalog..", "io.tunemall.member..",
                    "io.tunemall.order..", "io.tunemall.payment..", "io.tunemall.shipping..", "io.tunemall.apps..", "io.tunemall.admin..",
                    "io.tunemall.storefront..");

    /** The SDK is what agencies compile against: the JDK and itself, nothing of the platform or of Spring. */
    static final ArchRule SDK_STANDS_ALONE = classes().that().resideInAPackage("io.tunemall.sdk..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.tunemall.sdk..");

    private ModuleRules() {
    }
}
