package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * Every REST endpoint of the plugin says who may call it with a REST v2 access annotation (on the method or its
 * class), rather than leaning on the platform's default; none is open to anonymous callers, and none switches off
 * XSRF protection. Each resource then checks view, edit or space-admin permission on the page it touches (tested per
 * capability).
 */
public class RestAnnotationsTest {
    private static final Set<Class<? extends Annotation>> ACCESS = Set.of(LicensedOnly.class, UnlicensedSiteAccess.class,
            AnonymousSiteAccess.class, UnrestrictedAccess.class, AdminOnly.class, SystemAdminOnly.class);
    private static final Set<Class<? extends Annotation>> OPEN = Set.of(AnonymousSiteAccess.class, UnrestrictedAccess.class);

    @Test
    public void everyEndpointCarriesAnAccessAnnotationAndNoneIsOpenToAnonymousCallers() {
        List<Method> endpoints = endpoints();
        assertTrue("the plugin's resources were found", endpoints.size() > 50);
        List<String> unannotated = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Method m : endpoints) {
            List<Class<? extends Annotation>> access = access(m);
            if (access.isEmpty()) {
                unannotated.add(name(m));
            }
            if (access.stream().anyMatch(OPEN::contains)) {
                open.add(name(m));
            }
        }
        assertEquals("endpoints without a REST v2 access annotation", List.of(), unannotated);
        assertEquals("endpoints open to anonymous callers", List.of(), open);
    }

    @Test
    public void noEndpointSwitchesOffXsrfProtection() {
        List<String> excluded = endpoints().stream()
                .filter(m -> m.isAnnotationPresent(XsrfProtectionExcluded.class)
                        || m.getDeclaringClass().isAnnotationPresent(XsrfProtectionExcluded.class))
                .map(RestAnnotationsTest::name).toList();
        assertEquals(List.of(), excluded);
    }

    @Test
    public void theCheckSeesAMissingAnnotation() throws Exception {
        assertTrue(access(Unannotated.class.getMethod("get")).isEmpty());
        assertFalse(access(Annotated.class.getMethod("get")).isEmpty());
    }

    /** Methods with an HTTP method annotation (GET, POST, ...) in classes with @Path. */
    private static List<Method> endpoints() {
        List<Method> found = new ArrayList<>();
        for (Class<?> type : PluginClasses.all()) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                for (Annotation a : m.getAnnotations()) {
                    if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                        found.add(m);
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static List<Class<? extends Annotation>> access(Method m) {
        List<Class<? extends Annotation>> found = new ArrayList<>();
        for (Annotation a : m.getAnnotations()) {
            if (ACCESS.contains(a.annotationType())) {
                found.add(a.annotationType());
            }
        }
        if (found.isEmpty()) {
            for (Annotation a : m.getDeclaringClass().getAnnotations()) {
                if (ACCESS.contains(a.annotationType())) {
                    found.add(a.annotationType());
                }
            }
        }
        return found;
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    @Path("/unannotated")
    public static class Unannotated {
        @jakarta.ws.rs.GET
        public String get() {
            return "";
        }
    }

    @LicensedOnly
    @Path("/annotated")
    public static class Annotated {
        @jakarta.ws.rs.GET
        public String get() {
            return "";
        }
    }
}
