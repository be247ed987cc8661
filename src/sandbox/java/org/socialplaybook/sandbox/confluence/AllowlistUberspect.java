package org.socialplaybook.sandbox.confluence;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity 1.7's introspection with Confluence 9+'s method allowlist in front: a call to a method that is not
 * allowed is not made; it yields {@link Blocked#CALL}, which renders as nothing and is false in {@code #if} (as
 * Confluence's blocked call gives null), and is reported to the {@link VelocityTemplates} that owns the engine.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    static final String ENFORCEMENT = AllowlistUberspect.class.getName();

    /** What a blocked call evaluates to. Calls on it are blocked too (and not reported again). */
    public enum Blocked {
        CALL;

        /** Null, so {@code #if($blocked)} is false; the insertion handler renders it as the empty string. */
        @Override
        public String toString() {
            return null;
        }
    }

    /** The allowlist and where blocked calls go. */
    interface Enforcement {
        boolean allows(Object target, Method method, String templateName);

        void blocked(String call, Info where);
    }

    private Enforcement enforcement;
    /**
     * The allowed look-ups so far, by target class, method name, argument classes and template: Velocity 1.7 keeps a
     * look-up only for the render and only under the method's name and argument classes, so a template that calls
     * {@code title()} on two classes looks both up again on every row. A blocked call is looked up every time, so each
     * is reported with its own template line.
     */
    private final Map<MethodKey, VelMethod> allowed = new ConcurrentHashMap<>();

    private record MethodKey(Class<?> target, String name, List<Class<?>> arguments, String template) {
        static MethodKey of(Object target, String name, Object[] args, String template) {
            List<Class<?>> classes = new ArrayList<>(args == null ? 0 : args.length);
            if (args != null) {
                for (Object arg : args) {
                    classes.add(arg == null ? null : arg.getClass());
                }
            }
            return new MethodKey(target.getClass(), name, classes, template);
        }
    }

    @Override
    public void setRuntimeServices(RuntimeServices runtime) {
        this.enforcement = (Enforcement) runtime.getApplicationAttribute(ENFORCEMENT);
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) throws Exception {
        if (obj instanceof Blocked) {
            return new BlockedMethod(methodName, null, i);
        }
        MethodKey key = obj == null ? null : MethodKey.of(obj, methodName, args, i.getTemplateName());
        VelMethod known = key == null ? null : allowed.get(key);
        if (known != null) {
            return known;
        }
        VelMethod found = super.getMethod(obj, methodName, args, i);
        if (found == null || enforcement == null) {
            return found;
        }
        Method method = introspector.getMethod(obj.getClass(), methodName, args);
        if (method == null || enforcement.allows(obj, method, i.getTemplateName())) {
            if (key != null && found.isCacheable()) {
                allowed.put(key, found);
            }
            return found;
        }
        return new BlockedMethod(methodName, VelocityAllowlist.signature(obj.getClass(), method), i);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) throws Exception {
        if (obj instanceof Blocked) {
            return new BlockedGetter(identifier, null, i);
        }
        VelPropertyGet found = super.getPropertyGet(obj, identifier, i);
        if (found == null || enforcement == null) {
            return found;
        }
        String name = found.getMethodName();
        Method method = introspector.getMethod(obj.getClass(), name, new Object[0]);
        if (method == null) {
            method = introspector.getMethod(obj.getClass(), name, new Object[] {identifier});
        }
        if (method == null || enforcement.allows(obj, method, i.getTemplateName())) {
            return found;
        }
        return new BlockedGetter(name, VelocityAllowlist.signature(obj.getClass(), method), i);
    }

    private void report(String call, Info where) {
        if (call != null) {
            enforcement.blocked(call, where);
        }
    }

    private final class BlockedMethod implements VelMethod {
        private final String name;
        private final String call;
        private final Info where;

        BlockedMethod(String name, String call, Info where) {
            this.name = name;
            this.call = call;
            this.where = where;
        }

        @Override
        public Object invoke(Object o, Object[] params) {
            report(call, where);
            return Blocked.CALL;
        }

        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public String getMethodName() {
            return name;
        }

        @Override
        public Class<?> getReturnType() {
            return Blocked.class;
        }
    }

    private final class BlockedGetter implements VelPropertyGet {
        private final String name;
        private final String call;
        private final Info where;

        BlockedGetter(String name, String call, Info where) {
            this.name = name;
            this.call = call;
            this.where = where;
        }

        @Override
        public Object invoke(Object o) {
            report(call, where);
            return Blocked.CALL;
        }

        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public String getMethodName() {
            return name;
        }
    }
}
