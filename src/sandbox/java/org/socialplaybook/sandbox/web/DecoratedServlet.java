package org.socialplaybook.sandbox.web;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A plugin's {@code <servlet>} module as Confluence serves it under {@code /plugins/servlet/…}, with Confluence's
 * decoration in small (Sitemesh): an HTML answer whose head asks for a decorator ({@code <meta name="decorator">})
 * is shown inside the sandbox's page layout (header, user menu, sidebar) with its title and body; redirects, errors
 * and any other answer pass through unchanged.
 */
public final class DecoratedServlet extends HttpServlet {
    private final HttpServlet plugin;
    private final SandboxPages layout;

    public DecoratedServlet(HttpServlet plugin, SandboxPages layout) {
        this.plugin = plugin;
        this.layout = layout;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        plugin.init(config);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Capture capture = new Capture(resp);
        plugin.service(req, capture);
        if (capture.passedThrough) {
            return;
        }
        capture.flushWriter();
        String html = capture.body.toString(StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        if (doc.selectFirst("head meta[name=decorator]") == null) {
            byte[] bytes = capture.body.toByteArray();
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
            return;
        }
        layout.decorated(doc.title(), doc.body().html(), req, resp);
    }

    /** Keeps the body; redirects and errors go straight to the real response. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private PrintWriter writer;
        private boolean passedThrough;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedThrough = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedThrough = true;
            super.sendError(sc, msg);
        }

        @Override
        public void setContentLength(int len) {
            // the decorated page has another length
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }
    }
}
