package org.socialplaybook.sandbox.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.RequestContext;

/**
 * Logs each request in as Confluence would: the demo user chosen with the user switcher (a cookie), or HTTP
 * Basic with a demo user's name as both username and password (for curl and REST tests); otherwise anonymous.
 */
public final class AuthFilter implements Filter {
    public static final String USER_COOKIE = "sandbox-user";

    private final Directory directory;
    private final RequestContext context;

    public AuthFilter(Directory directory, RequestContext context) {
        this.directory = directory;
        this.context = context;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Optional<Directory.User> user = basicAuth(request).or(() -> cookie(request)).flatMap(directory::byUsername);
        Locale locale = user.map(Directory.User::locale).orElse(Locale.ENGLISH);
        context.begin(user.map(Directory.User::username).orElse(null), locale);
        try {
            chain.doFilter(req, res);
        } finally {
            context.end();
        }
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (USER_COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> basicAuth(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0 || !decoded.substring(0, colon).equals(decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        return Optional.of(decoded.substring(0, colon));
    }
}
