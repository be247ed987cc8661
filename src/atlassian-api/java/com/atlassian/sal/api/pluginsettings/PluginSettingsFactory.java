package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
