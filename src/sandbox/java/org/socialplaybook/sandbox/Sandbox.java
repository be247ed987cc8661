package org.socialplaybook.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import net.java.ao.RawEntity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.PluginKeys;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.cluster.JobClaims;
import org.socialplaybook.sandbox.cluster.SharedDatabase;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxApplicationProperties;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.confluence.SandboxPageBuilder;
import org.socialplaybook.sandbox.confluence.SandboxPermissions;
import org.socialplaybook.sandbox.confluence.SandboxPluginSettings;
import org.socialplaybook.sandbox.confluence.SandboxUserAccessor;
import org.socialplaybook.sandbox.confluence.SandboxUserManager;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.sandbox.plugin.Components;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;
import org.socialplaybook.sandbox.web.AuthFilter;
import org.socialplaybook.sandbox.web.RestAccessRules;
import org.socialplaybook.sandbox.web.SandboxSite;
import org.socialplaybook.sandbox.web.StartupGate;
import org.socialplaybook.sandbox.web.WebResources;
import org.socialplaybook.sandbox.web.XsrfTokens;

/**
 * The plugin running on an embedded default, the way {@code atlas-run} runs it in Confluence: the packaged
 * descriptor, the plugin's components built by constructor injection, its REST resources on Jersey in Jetty
 * under Atlassian REST's access rules, its macros rendering the demo space's storage-format pages, its data in
 * the real ActiveObjects ORM, and the product services it imports played by small sandbox implementations.
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxConfig config;
    private final PluginDescriptor descriptor;
    private final VelocityTemplates templates;
    private final Directory directory;
    private final EmbeddedActiveObjects activeObjects;
    private final RequestContext requestContext = new RequestContext();
    private final Components components;
    private final PageStore pages;
    private final Map<String, Macro> macros = new ConcurrentHashMap<>();
    private final Server server;
    /** 503 until start-up has finished: Jetty listens early (the port is taken), but serves only once ready. */
    private final StartupGate gate;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final String baseUrl;
    private final org.socialplaybook.sandbox.confluence.SandboxScheduler scheduler;
    /** This node's name in the shared database's job claims ("host:port"). */
    private final String nodeId;
    private final org.socialplaybook.sandbox.cluster.CacheFlushes cacheFlushes;
    private final org.socialplaybook.sandbox.confluence.SandboxCacheManager caches;
    private final org.socialplaybook.sandbox.confluence.SandboxMailServer mailServer;
    private final org.socialplaybook.sandbox.confluence.SandboxEventPublisher events =
            new org.socialplaybook.sandbox.confluence.SandboxEventPublisher();
    private final org.socialplaybook.sandbox.confluence.PageActions pageActions;

    private Sandbox(SandboxConfig config) throws Exception {
        this.config = config;
        this.descriptor = PluginDescriptor.load();
        this.directory = Directory.load("demo/space.json");
        Files.createDirectories(config.dataDirectory());
        String namespace = descriptor.aoNamespace();
        if (config.jdbcUrl() != null) {
            activeObjects = EmbeddedActiveObjects.jdbc(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(), namespace);
        } else if (config.inMemoryDatabase()) {
            activeObjects = EmbeddedActiveObjects.inMemory(namespace);
        } else {
            activeObjects = EmbeddedActiveObjects.inDirectory(config.dataDirectory().resolve("db"), namespace);
        }
        activeObjects.migrate(entities(descriptor));

        this.server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        server.addConnector(connector);

        String contextPath = config.contextPath();
        int port = config.port() == 0 ? freePort() : config.port();
        this.nodeId = "localhost:" + port;
        SharedDatabase shared = new SharedDatabase(activeObjects::openJdbcConnection);
        directory.useDatabase(shared); // spaces created from the blueprint: rows shared by every node
        this.pages = new PageStore(directory, config.dataDirectory(), shared);
        this.scheduler = new org.socialplaybook.sandbox.confluence.SandboxScheduler(nodeId, new JobClaims(shared));
        // cluster-wide caches: a removal on this node reaches the others on the same database, as Hazelcast's does
        this.cacheFlushes = new org.socialplaybook.sandbox.cluster.CacheFlushes(shared, nodeId);
        this.caches = new org.socialplaybook.sandbox.confluence.SandboxCacheManager(config.clock(), cacheFlushes::publish);
        cacheFlushes.start(caches::removedElsewhere);
        SandboxI18n i18n = new SandboxI18n(descriptor.i18nLocation(), requestContext);
        SandboxUserManager userManager = new SandboxUserManager(directory, requestContext, contextPath);
        SandboxPermissions permissions = new SandboxPermissions(directory, pages);
        org.socialplaybook.sandbox.confluence.SandboxPages confluencePages =
                new org.socialplaybook.sandbox.confluence.SandboxPages(directory, pages);
        VelocityTemplates templates = new VelocityTemplates();
        this.templates = templates;
        this.mailServer = new org.socialplaybook.sandbox.confluence.SandboxMailServer(config.dataDirectory());
        this.pageActions = new org.socialplaybook.sandbox.confluence.PageActions(pages, confluencePages, directory, events);

        this.components = new Components(PluginKeys.class, "org.socialplaybook", List.of("org.socialplaybook.sandbox"))
                .register(ActiveObjects.class, activeObjects)
                .register(TransactionTemplate.class, activeObjects::executeInTransaction)
                .register(UserManager.class, userManager)
                .register(UserAccessor.class, new SandboxUserAccessor(directory))
                .register(PermissionManager.class, permissions)
                .register(SpacePermissionManager.class, permissions)
                .register(PageManager.class, confluencePages)
                .register(SpaceManager.class, confluencePages)
                .register(com.atlassian.confluence.core.ContentEntityManager.class, confluencePages)
                .register(I18nResolver.class, i18n)
                .register(TemplateRenderer.class, templates)
                .register(PageBuilderService.class, new SandboxPageBuilder(requestContext))
                .register(PluginSettingsFactory.class, new SandboxPluginSettings(config.dataDirectory()))
                .register(TimeSource.class, new TimeSource(config.clock()))
                .register(com.atlassian.scheduler.SchedulerService.class, scheduler)
                .register(com.atlassian.cache.CacheManager.class, caches)
                .register(com.atlassian.applinks.api.ApplicationLinkService.class, new org.socialplaybook.sandbox.confluence.SandboxApplicationLinks())
                .register(com.atlassian.mail.server.MailServerManager.class, mailServer)
                .register(com.atlassian.event.api.EventPublisher.class, events)
                .register(com.atlassian.sal.api.message.LocaleResolver.class,
                        new org.socialplaybook.sandbox.confluence.SandboxLocaleResolver(directory))
                .register(org.socialplaybook.platform.UserSearch.class,
                        new org.socialplaybook.sandbox.confluence.SandboxUserSearch(directory, userManager))
                .register(org.socialplaybook.platform.GroupSearch.class,
                        new org.socialplaybook.sandbox.confluence.SandboxGroupSearch(directory));

        this.baseUrl = "http://localhost:" + port + contextPath;
        components.register(ApplicationProperties.class, new SandboxApplicationProperties(baseUrl, contextPath, config.dataDirectory()));
        // SAL's log-in page: the sandbox's user chooser, coming back to the page asked for
        components.register(com.atlassian.sal.api.auth.LoginUriProvider.class, returnUri -> {
            String path = returnUri.toString();
            path = path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
            return java.net.URI.create(contextPath + "/sandbox/login?os_destination="
                    + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        });

        XsrfTokens tokens = new XsrfTokens();
        this.gate = new StartupGate(i18n, requestContext);
        WebResources webResources = new WebResources(descriptor, i18n, requestContext, contextPath);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath(contextPath);
        context.addFilter(new FilterHolder(new AuthFilter(directory, requestContext)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(gate), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("rest", new ServletContainer(restApplication(userManager, i18n))),
                "/rest/" + trim(descriptor.restPath()) + "/" + descriptor.restVersion() + "/*");
        context.addServlet(new ServletHolder("resources", webResources), "/download/resources/*");
        context.addServlet(new ServletHolder("sandbox", new SandboxSite(directory, requestContext, i18n, templates, contextPath)),
                "/sandbox/*");
        org.socialplaybook.sandbox.web.SandboxPages pageServlet = new org.socialplaybook.sandbox.web.SandboxPages(
                directory, pages, confluencePages, permissions, i18n, requestContext, templates, webResources,
                this::macro, contextPath, baseUrl, tokens, pageActions, descriptor);
        context.addServlet(new ServletHolder("admin", new org.socialplaybook.sandbox.web.SandboxAdmin(directory,
                requestContext, i18n, templates, tokens, pageActions,
                new org.socialplaybook.sandbox.pages.SpaceBlueprints(descriptor, directory, pages, i18n), contextPath)),
                "/admin/*");
        for (PluginDescriptor.Servlet module : descriptor.servlets()) {
            jakarta.servlet.http.HttpServlet plugin = (jakarta.servlet.http.HttpServlet) pluginComponent(module.className());
            for (String pattern : module.urlPatterns()) {
                context.addServlet(new ServletHolder(module.key(),
                        new org.socialplaybook.sandbox.web.DecoratedServlet(plugin, pageServlet)), "/plugins/servlet" + pattern);
            }
        }
        ServletHolder pageHolder = new ServletHolder("pages", pageServlet);
        context.addServlet(pageHolder, "/pages/*");
        context.addServlet(pageHolder, "/display/*");
        context.addServlet(new ServletHolder("home", new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                    throws IOException {
                resp.sendRedirect(contextPath + "/pages/viewpage.action?pageId=" + pageServlet.homePageId());
            }
        }), "");
        ContextHandlerCollection handlers = new ContextHandlerCollection(context);
        server.setHandler(handlers);
        connector.setPort(port);
        server.start();
        try {
            if (config.seedDemoData()) {
                seed();
            }
            ServiceLoader.load(SandboxStartup.class).forEach(startup -> startup.start(this));
            lifecycleAware().forEach(com.atlassian.sal.api.lifecycle.LifecycleAware::onStart);
        } catch (RuntimeException | Error e) {
            close(); // a start that failed half way does not stay up answering 503 for ever
            throw e;
        }
        gate.open();
        LOG.info("Sandbox started at {}", baseUrl);
    }

    /** The TemplateRenderer, with the template calls the Velocity allowlist blocked ({@code blockedCalls()}). */
    public VelocityTemplates templates() {
        return templates;
    }

    /** The plugin's components SAL tells about start and stop (scheduled jobs, the event listener). */
    private List<com.atlassian.sal.api.lifecycle.LifecycleAware> lifecycleAware() {
        return components.annotatedWith(jakarta.inject.Named.class).stream()
                .filter(com.atlassian.sal.api.lifecycle.LifecycleAware.class::isAssignableFrom)
                .map(c -> (com.atlassian.sal.api.lifecycle.LifecycleAware) components.get(c)).toList();
    }

    public static Sandbox start(SandboxConfig config) {
        try {
            return new Sandbox(config);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The sandbox could not start", e);
        }
    }

    private ResourceConfig restApplication(UserManager userManager, I18nResolver i18n) {
        ResourceConfig rest = new ResourceConfig();
        for (Object component : components.restComponents(descriptor.restPackages())) {
            rest.register(component);
        }
        for (Class<?> extra : config.extraRestClasses()) {
            rest.register(components.get(extra));
        }
        // the product's JSON provider gets a mapper the plugin does not configure: plain Jackson defaults, no
        // java.time module (Confluence 10 documents neither), so responses must not depend on it (IsoText)
        rest.register(new PlatformObjectMapper());
        rest.register(JacksonFeature.withoutExceptionMappers());
        RestAccessRules accessRules = new RestAccessRules(userManager, i18n, false);
        rest.register(accessRules);
        rest.register(accessRules.xsrfCheck());
        rest.register(accessRules.unreadBodyDrain());
        rest.property("jersey.config.server.wadl.disableWadl", true);
        return rest;
    }

    private Object pluginComponent(String className) {
        try {
            return components.get(Class.forName(className));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Plugin class missing: " + className, e);
        }
    }

    private Optional<Macro> macro(String name) {
        Optional<PluginDescriptor.Macro> declared = descriptor.macro(name);
        if (declared.isEmpty()) {
            return org.socialplaybook.sandbox.pages.BuiltInMacros.find(name);
        }
        return Optional.of(macros.computeIfAbsent(name, n -> (Macro) pluginComponent(declared.get().className())));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : descriptor.aoEntities()) {
            try {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("atlassian-plugin.xml names a missing entity " + name, e);
            }
        }
        return entities.toArray(new Class[0]);
    }

    private void seed() {
        for (DemoSeed seed : ServiceLoader.load(DemoSeed.class)) {
            seed.seed(this);
        }
    }

    /** Runs {@code work} as if {@code username} made a request (for demo data and tests). */
    public <T> T as(String username, java.util.function.Supplier<T> work) {
        String previous = requestContext.username();
        directory.byUsername(username).orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        requestContext.begin(username, directory.byUsername(username).get().locale());
        try {
            return work.get();
        } finally {
            requestContext.end();
            if (previous != null) {
                requestContext.begin(previous, directory.byUsername(previous).map(Directory.User::locale).orElse(null));
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String trim(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** This node's name in the cluster ("localhost:port"). */
    public String nodeId() {
        return nodeId;
    }

    public SandboxConfig config() {
        return config;
    }

    public Directory directory() {
        return directory;
    }

    public EmbeddedActiveObjects activeObjects() {
        return activeObjects;
    }

    /** Who the current thread acts for (tests that call a service directly begin and end it around the call). */
    public RequestContext requestContext() {
        return requestContext;
    }

    public Components components() {
        return components;
    }

    public PageStore pages() {
        return pages;
    }

    /** The plugin's macros as the editor's macro browser lists them (descriptor metadata, body types from the macros). */
    public List<org.socialplaybook.sandbox.plugin.MacroBrowser.Entry> macroBrowser() {
        return org.socialplaybook.sandbox.plugin.MacroBrowser.entries(descriptor, this::macro);
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public String userKey(String username) {
        return directory.byUsername(username).map(Directory.User::key)
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }

    /** The sandbox's outgoing mail: {@code .eml} files under the data directory. */
    public org.socialplaybook.sandbox.confluence.SandboxMailServer mailServer() {
        return mailServer;
    }

    /** The sandbox's atlassian-scheduler (tests run jobs with it when they choose). */
    public org.socialplaybook.sandbox.confluence.SandboxScheduler scheduler() {
        return scheduler;
    }

    /**
     * Stops this node the way a killed process stops (tests of a cluster): its scheduler halts without finishing or
     * renewing what it holds, so claims and leases are left behind in the shared database, then it stops serving.
     */
    public void kill() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.halt();
        cacheFlushes.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Stopping Jetty failed", e);
        }
        // no orderly database shutdown either (on HSQLDB it would SHUTDOWN the database the other nodes share)
    }

    /** Confluence's page, space and user actions, each firing Confluence's event. */
    public org.socialplaybook.sandbox.confluence.PageActions pageActions() {
        return pageActions;
    }

    /** Confluence's event bus as the sandbox plays it. */
    public org.socialplaybook.sandbox.confluence.SandboxEventPublisher events() {
        return events;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (com.atlassian.sal.api.lifecycle.LifecycleAware component : lifecycleAware()) {
            try {
                component.onStop();
            } catch (RuntimeException e) {
                LOG.warn("Stopping {} failed", component.getClass().getName(), e);
            }
        }
        scheduler.close();
        cacheFlushes.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Stopping Jetty failed", e);
        }
        activeObjects.close();
    }

    /** Jersey logs through java.util.logging; a strong reference keeps the quieter level. */
    private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("org.glassfish");
    /** Jersey warns that resource instances are "not providers" when registered as instances; they are served. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS_LOG =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        JERSEY_LOG.setLevel(java.util.logging.Level.WARNING);
        JERSEY_PROVIDERS_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** What the sandbox's REST layer answers for {@code ContextResolver<ObjectMapper>}: the product's mapper, not the plugin's. */
    @jakarta.ws.rs.ext.Provider
    static final class PlatformObjectMapper implements jakarta.ws.rs.ext.ContextResolver<com.fasterxml.jackson.databind.ObjectMapper> {
        private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        @Override
        public com.fasterxml.jackson.databind.ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
