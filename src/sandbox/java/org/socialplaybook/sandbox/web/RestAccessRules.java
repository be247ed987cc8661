package org.socialplaybook.sandbox.web;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.uri.PathTemplate;
import org.glassfish.jersey.uri.UriTemplate;
import org.socialplaybook.platform.ErrorBody;

/**
 * The rules Atlassian REST applies before a plugin's resource method runs. Access, by the REST v2 annotation on
 * the method, else its class, else its package: none or {@code @LicensedOnly} means logged-in (licensed) users
 * only; {@code @UnlicensedSiteAccess} any logged-in user; {@code @AnonymousSiteAccess} anyone when the site allows
 * anonymous access (the sandbox does not); {@code @UnrestrictedAccess} anyone; {@code @AdminOnly} /
 * {@code @SystemAdminOnly} administrators. XSRF: a POST, PUT, PATCH or DELETE whose body is a form, multipart or
 * text/plain (what a cross-site HTML form can send) is refused with 403 unless it carries
 * {@code X-Atlassian-Token: no-check} or the method is {@code @XsrfProtectionExcluded}. Atlassian REST answers
 * that 403 ("XSRF check failed") whatever the method consumes, so the check runs before resource matching
 * ({@link #xsrfCheck()}, registered next to this feature): a JSON-only method called with a form is 403, not the
 * 415 that matching alone would give.
 */
public final class RestAccessRules implements DynamicFeature {
    private static final Set<String> MUTATIVE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private final UserManager users;
    private final I18nResolver i18n;
    private final boolean anonymousSiteAccess;

    public RestAccessRules(UserManager users, I18nResolver i18n, boolean anonymousSiteAccess) {
        this.users = users;
        this.i18n = i18n;
        this.anonymousSiteAccess = anonymousSiteAccess;
    }

    /** Paths of the methods marked {@code @XsrfProtectionExcluded}, collected while the application is built. */
    private final List<UriTemplate> xsrfExcluded = new CopyOnWriteArrayList<>();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        Access access = Access.of(method, type);
        if (annotated(method, type, XsrfProtectionExcluded.class)) {
            xsrfExcluded.add(new PathTemplate(pathOf(type.getAnnotation(Path.class)) + pathOf(method.getAnnotation(Path.class))));
        }
        context.register(new Check(access));
    }

    /** The XSRF rule, to register as a pre-matching filter beside this feature. */
    public ContainerRequestFilter xsrfCheck() {
        return new XsrfCheck();
    }

    private static String pathOf(Path path) {
        if (path == null || path.value().isEmpty() || "/".equals(path.value())) {
            return "";
        }
        String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    private final class XsrfCheck implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (MUTATIVE.contains(request.getMethod()) && isFormLike(request.getMediaType())
                    && !hasNoCheckToken(request.getHeaderString("X-Atlassian-Token")) && !excluded(request)) {
                abort(request, 403, "social-playbook.error.xsrf");
            }
        }

        private boolean excluded(ContainerRequestContext request) {
            String path = "/" + request.getUriInfo().getPath(false).replaceFirst("^/+", "").replaceFirst("/+$", "");
            return xsrfExcluded.stream().anyMatch(t -> t.match(path, new ArrayList<>()));
        }
    }

    enum Access {
        LICENSED, UNLICENSED, ANONYMOUS, UNRESTRICTED, ADMIN, SYSADMIN;

        static Access of(Method method, Class<?> type) {
            for (Annotation[] level : new Annotation[][] {method.getAnnotations(), type.getAnnotations(),
                    type.getPackage() == null ? new Annotation[0] : type.getPackage().getAnnotations()}) {
                for (Annotation a : level) {
                    Class<? extends Annotation> t = a.annotationType();
                    if (t == UnrestrictedAccess.class) {
                        return UNRESTRICTED;
                    } else if (t == AnonymousSiteAccess.class) {
                        return ANONYMOUS;
                    } else if (t == UnlicensedSiteAccess.class) {
                        return UNLICENSED;
                    } else if (t == AdminOnly.class) {
                        return ADMIN;
                    } else if (t == SystemAdminOnly.class) {
                        return SYSADMIN;
                    } else if (t == com.atlassian.plugins.rest.api.security.annotation.LicensedOnly.class) {
                        return LICENSED;
                    }
                }
            }
            return LICENSED;
        }
    }

    private static boolean annotated(Method method, Class<?> type, Class<? extends Annotation> annotation) {
        return method.isAnnotationPresent(annotation) || type.isAnnotationPresent(annotation);
    }

    @Priority(Priorities.AUTHENTICATION)
    private final class Check implements ContainerRequestFilter {
        private final Access access;

        Check(Access access) {
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            UserKey user = users.getRemoteUserKey();
            boolean needsLogin = switch (access) {
                case UNRESTRICTED -> false;
                case ANONYMOUS -> !anonymousSiteAccess;
                default -> true;
            };
            if (needsLogin && user == null) {
                abort(request, 401, "social-playbook.error.login-required");
                return;
            }
            if ((access == Access.ADMIN && !users.isAdmin(user)) || (access == Access.SYSADMIN && !users.isSystemAdmin(user))) {
                abort(request, 403, "social-playbook.error.admin-required");
            }
        }
    }

    /**
     * Refuses the call. The unread request body is drained first (up to a bound), as a servlet container does
     * before it reuses a keep-alive connection; a larger body closes the connection, said in the response, so a
     * client never sends its next request on a connection the server is about to drop.
     */
    private void abort(ContainerRequestContext request, int status, String key) {
        Response.ResponseBuilder refusal = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, key, i18n.getText(key), null));
        if (!drained(request)) {
            refusal.header("Connection", "close");
        }
        request.abortWith(refusal.build());
    }

    private static final int DRAIN_LIMIT = 1 << 20;

    /**
     * For every answer, refusals by the runtime included (an unknown path, a wrong method or content type, a
     * parameter that does not convert: the resource never read the body): drains what the call did not read, or says
     * {@code Connection: close}, so a keep-alive client never reuses a connection the server is about to drop.
     */
    public jakarta.ws.rs.container.ContainerResponseFilter unreadBodyDrain() {
        return (request, response) -> {
            if (!drained(request)) {
                response.getHeaders().putSingle("Connection", "close");
            }
        };
    }

    static boolean drained(ContainerRequestContext request) {
        try {
            if (!request.hasEntity()) {
                return true;
            }
            InputStream body = request.getEntityStream();
            body.readNBytes(DRAIN_LIMIT);
            return body.read() < 0;
        } catch (IOException e) {
            return false;
        } catch (IllegalStateException alreadyReadAndClosed) {
            return true; // the resource's reader consumed the body and closed its stream
        }
    }

    private static boolean isFormLike(MediaType type) {
        return type != null && FORM_TYPES.contains(type.getType() + "/" + type.getSubtype());
    }

    private static boolean hasNoCheckToken(String header) {
        return "no-check".equals(header) || "nocheck".equals(header);
    }
}
