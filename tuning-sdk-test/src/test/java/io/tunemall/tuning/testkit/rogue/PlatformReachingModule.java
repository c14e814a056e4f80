package io.tunemall.tuning.testkit.rogue;

import io.tunemall.platform.tuning.ModuleSwitches;

/** Module code that reaches into the platform's own classes: the rules must catch it. */
public class PlatformReachingModule {

    boolean sneaky(ModuleSwitches switches) {
        return switches.isEnabled("someone.else");
    }
}
