package com.atlassian.sal.api.lifecycle;

/** Stand-in: a component told when the plugin system has started (and is stopping). */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
