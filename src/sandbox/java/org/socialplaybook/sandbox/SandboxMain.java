package org.socialplaybook.sandbox;

import java.util.concurrent.CountDownLatch;

/** {@code mvn test-compile exec:java@sandbox}: starts the sandbox and keeps it running until Ctrl+C. */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        SandboxConfig config;
        try {
            config = SandboxConfig.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxConfig.USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.println(SandboxConfig.USAGE);
            return;
        }
        Sandbox sandbox = Sandbox.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        System.out.println();
        System.out.println("Social Playbook sandbox is running: " + sandbox.baseUrl() + "/");
        System.out.println("Data: " + config.dataDirectory().toAbsolutePath() + "   Stop with Ctrl+C.");
        stopped.await();
    }
}
