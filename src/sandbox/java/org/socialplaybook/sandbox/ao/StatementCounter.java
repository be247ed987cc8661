package org.socialplaybook.sandbox.ao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the SQL statements that reach the database, so tests and benchmarks can see N+1 queries. */
public final class StatementCounter {
    private final AtomicLong executed = new AtomicLong();

    public long count() {
        return executed.get();
    }

    public void reset() {
        executed.set(0);
    }

    /**
     * The connection, counting its statements; each statement gives up after {@code timeoutSeconds}. With a
     * {@code watchdog}, a statement still running then is also cancelled from it: HSQLDB ignores the query timeout
     * while it waits for another transaction's row lock (and has no lock timeout), but ends that wait on
     * {@code Statement.cancel()} (SQLState 40502), so no request waits on a row lock for ever. With a {@code cache},
     * plain {@code prepareStatement(sql)} calls reuse the connection's open statements ({@link StatementCache}).
     */
    Connection wrap(Connection connection, int timeoutSeconds, ScheduledExecutorService watchdog, StatementCache cache) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = cache != null && method.getName().equals("prepareStatement")
                    ? cache.prepareIfCached((Connection) target, args) : null;
            if (result == null) {
                result = invoke(target, method, args);
            }
            if (result instanceof Statement s) {
                s.setQueryTimeout(timeoutSeconds);
            }
            if (result instanceof CallableStatement s) {
                return countingStatement(CallableStatement.class, s, timeoutSeconds, watchdog);
            }
            if (result instanceof PreparedStatement s) {
                return countingStatement(PreparedStatement.class, s, timeoutSeconds, watchdog);
            }
            if (result instanceof Statement s) {
                return countingStatement(Statement.class, s, timeoutSeconds, watchdog);
            }
            return result;
        });
    }

    private <S extends Statement> S countingStatement(Class<S> type, S statement, int timeoutSeconds,
                                                      ScheduledExecutorService watchdog) {
        return proxy(type, statement, (target, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return invoke(target, method, args);
            }
            executed.incrementAndGet();
            if (watchdog == null) {
                return invoke(target, method, args);
            }
            ScheduledFuture<?> cancel = watchdog.schedule(() -> {
                try {
                    statement.cancel();
                } catch (SQLException ignored) {
                    // the statement finished or closed meanwhile
                }
            }, timeoutSeconds, TimeUnit.SECONDS);
            try {
                return invoke(target, method, args);
            } finally {
                cancel.cancel(false);
            }
        });
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler ih = (p, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, ih));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
