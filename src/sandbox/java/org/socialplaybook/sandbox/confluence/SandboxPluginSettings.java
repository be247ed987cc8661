package org.socialplaybook.sandbox.confluence;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * SAL's PluginSettings: string settings per key (global or per space), kept in one properties file under the
 * data directory (Confluence keeps them in its database, shared by every cluster node).
 */
public final class SandboxPluginSettings implements PluginSettingsFactory {
    private final Path file;
    private final Properties values = new Properties();

    public SandboxPluginSettings(Path dataDirectory) {
        this.file = dataDirectory.resolve("plugin-settings.properties");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return settings(key == null ? "global" : "space." + key);
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return settings("global");
    }

    private PluginSettings settings(String scope) {
        return new PluginSettings() {
            @Override
            public Object get(String key) {
                synchronized (values) {
                    return values.getProperty(scope + "." + key);
                }
            }

            @Override
            public Object put(String key, Object value) {
                synchronized (values) {
                    Object previous = value == null ? values.remove(scope + "." + key)
                            : values.setProperty(scope + "." + key, value.toString());
                    persist();
                    return previous;
                }
            }

            @Override
            public Object remove(String key) {
                synchronized (values) {
                    Object previous = values.remove(scope + "." + key);
                    persist();
                    return previous;
                }
            }
        };
    }

    private void persist() {
        try (OutputStream out = Files.newOutputStream(file)) {
            values.store(out, "Social Playbook sandbox plugin settings");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
