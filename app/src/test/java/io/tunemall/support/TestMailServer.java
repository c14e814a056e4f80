package io.tunemall.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the host and port application-it.yml gives Spring Mail. It is
 * started once per JVM and shared by every context of the run, so a second context never fights over the port, and
 * stopped when the JVM exits.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("it")
class TestMailServer {

    private static final AtomicReference<GreenMail> RUNNING = new AtomicReference<>();

    /** Not closed with the context: a later context of the same run uses the same server. */
    @Bean(destroyMethod = "")
    GreenMail testMailServer(Environment environment) {
        return RUNNING.updateAndGet(running -> running != null ? running : start(environment));
    }

    @Bean
    Mailbox mailbox(GreenMail testMailServer) {
        return new Mailbox(testMailServer);
    }

    private static GreenMail start(Environment environment) {
        int port = environment.getRequiredProperty("spring.mail.port", Integer.class);
        GreenMail server = new GreenMail(new ServerSetup(port, environment.getProperty("spring.mail.host"),
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        return server;
    }
}
