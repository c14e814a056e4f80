package io.tunemall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one deployable Tunemall app: every module on the classpath, assembled by Spring Boot. */
@SpringBootApplication
public class TunemallApplication {

    public static void main(String[] args) {
        SpringApplication.run(TunemallApplication.class, args);
    }
}
