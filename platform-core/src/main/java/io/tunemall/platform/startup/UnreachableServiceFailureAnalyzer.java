package io.tunemall.platform.startup;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database or Redis is not there" from a page of nested stack traces into one sentence that says which
 * service, at which address, and which setting to check.
 */
class UnreachableServiceFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    UnreachableServiceFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isRedisConnectionFailure(cause)) {
                return redisUnreachable(cause);
            }
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return databaseUnreachable(sql);
            }
            if (cause instanceof SQLException sql && isRejectedLogin(sql)) {
                return databaseRejectedLogin(sql);
            }
        }
        return null;
    }

    private FailureAnalysis databaseUnreachable(SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        return new FailureAnalysis(
                "Tunemall cannot reach its database at " + url + ": " + deepestMessage(cause),
                "Start the database, or point TUNEMALL_DB_URL (with TUNEMALL_DB_USERNAME and TUNEMALL_DB_PASSWORD) at a "
                        + "running MySQL 8 or MariaDB 10.11+. Without these settings Tunemall uses its embedded database.",
                cause);
    }

    private FailureAnalysis databaseRejectedLogin(SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        String user = environment.getProperty("spring.datasource.username", "(not set)");
        return new FailureAnalysis(
                "The database at " + url + " rejected the login of user '" + user + "': " + cause.getMessage(),
                "Check TUNEMALL_DB_USERNAME and TUNEMALL_DB_PASSWORD, and that this user may use the database "
                        + "(GRANT ALL ON tunemall.* TO ...).",
                cause);
    }

    private FailureAnalysis redisUnreachable(Throwable cause) {
        String url = environment.getProperty("spring.data.redis.url",
                environment.getProperty("spring.data.redis.host", "(not set)"));
        return new FailureAnalysis(
                "Tunemall cannot reach Redis at " + url + ": " + deepestMessage(cause),
                "Start Redis, or point TUNEMALL_REDIS_URL at a running one. Leave it unset to run one node without Redis.",
                cause);
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        return (state != null && state.startsWith("08")) || hasCause(sql, ConnectException.class)
                || hasCause(sql, UnknownHostException.class);
    }

    /** SQLSTATE class 28: invalid authorization (wrong password, unknown user); 42000 with 1044: no access to the schema. */
    private static boolean isRejectedLogin(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("28") || (state.equals("42000") && sql.getErrorCode() == 1044));
    }

    private static boolean isRedisConnectionFailure(Throwable cause) {
        String type = cause.getClass().getName();
        return type.equals("org.springframework.data.redis.RedisConnectionFailureException")
                || type.equals("io.lettuce.core.RedisConnectionException");
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String deepestMessage(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest.getClass().getSimpleName() + (deepest.getMessage() == null ? "" : " (" + deepest.getMessage() + ")");
    }
}
