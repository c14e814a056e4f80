package io.tunemall.platform.tuning.upgrade;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The upgrade report from the command line, for the person who just put a new platform version in place:
 * {@code java -jar tunemall.jar --tunemall.tuning.upgrade-report} starts the shop against its database, prints the
 * report and stops, with exit code 0 when there is nothing to do and 1 otherwise.
 */
@Component
class UpgradeReportCommand implements ApplicationRunner {

    static final String OPTION = "tunemall.tuning.upgrade-report";

    private final UpgradeReport report;
    private final ConfigurableApplicationContext context;

    UpgradeReportCommand(UpgradeReport report, ConfigurableApplicationContext context) {
        this.report = report;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption(OPTION)) {
            return;
        }
        UpgradeReport.Findings findings = report.findings();
        findings.lines().forEach(System.out::println);
        int exitCode = SpringApplication.exit(context, () -> findings.isClean() ? 0 : 1);
        System.exit(exitCode);
    }
}
