package org.socialplaybook.sandbox.ao;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection that checks one out of the pool only when it is first used, not when it is handed out.
 *
 * <p>AO 0.8.2's {@code DatabaseProvider.getConnection()} is final and holds one provider-wide lock while it asks for
 * a new connection; a thread waiting there for a pooled connection blocked every other thread of the sandbox, those
 * holding the pool's connections included (issue 14: pool, global lock and a row lock in one wait cycle). Handed
 * this instead, the ORM's lock is held for an object allocation only; the wait for the pool happens outside it,
 * bounded by the pool's checkout timeout, as in Confluence, where each request takes its own connection from its pool.
 */
final class LazyConnection {
    interface Source {
        Connection get() throws SQLException;
    }

    private LazyConnection() {
    }

    static Connection of(Source source) {
        Object[] state = new Object[2]; // [0]: the checked-out connection, [1]: Boolean.TRUE once closed
        return (Connection) Proxy.newProxyInstance(LazyConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Connection real = (Connection) state[0];
                    switch (method.getName()) {
                        case "close":
                            state[1] = Boolean.TRUE;
                            if (real != null) {
                                state[0] = null;
                                real.close();
                            }
                            return null;
                        case "isClosed":
                            return state[1] != null || (real != null && real.isClosed());
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "LazyConnection[" + (real == null ? (state[1] != null ? "closed" : "not checked out") : real) + "]";
                        default:
                            break;
                    }
                    if (state[1] != null) {
                        throw new SQLException("Connection is closed", "08003");
                    }
                    if (real == null) {
                        real = source.get();
                        state[0] = real;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
