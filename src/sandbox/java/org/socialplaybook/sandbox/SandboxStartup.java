package org.socialplaybook.sandbox;

/**
 * Something a capability applies every time the sandbox starts (unlike {@link DemoSeed}, also without demo data),
 * e.g. the Jira connection given on the command line. Listed in
 * {@code META-INF/services/org.socialplaybook.sandbox.SandboxStartup}.
 */
public interface SandboxStartup {
    void start(Sandbox sandbox);
}
