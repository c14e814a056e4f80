package io.tunemall.tuning;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import io.tunemall.sdk.extension.Hook;
import java.util.function.UnaryOperator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A point and two hooks that exist only in tests, to see a resolved chain in the running app. */
@Configuration(proxyBeanMethods = false)
class ProbeHooks {

    interface Label extends UnaryOperator<String> {
    }

    static final ExtensionPoint<Label> LABEL = new ExtensionPoint<>("test.label", Label.class,
            FailurePolicy.SKIP_AND_LOG, "decorates a label, in tests only");

    @Bean
    Hook<Label> exclaiming() {
        return Hook.after("test.exclaim", LABEL, (Label) text -> text + "!");
    }

    @Bean
    Hook<Label> shouting() {
        return Hook.after("test.shout", LABEL, (Label) String::toUpperCase).orderedAfter("test.exclaim");
    }
}
