package org.socialplaybook.sandbox;

/**
 * Demo content for one capability, written through the plugin's own services when the sandbox starts on an empty
 * database (so a fresh sandbox shows realistic progress). Listed in
 * {@code META-INF/services/org.socialplaybook.sandbox.DemoSeed}; run in that order.
 */
public interface DemoSeed {
    void seed(Sandbox sandbox);
}
