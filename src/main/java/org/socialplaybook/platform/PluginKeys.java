package org.socialplaybook.platform;

/** Keys fixed by the descriptor (atlassian-plugin.xml). */
public final class PluginKeys {
    public static final String PLUGIN_KEY = "org.socialplaybook.social-playbook";
    public static final String I18N_PREFIX = "social-playbook.";

    private PluginKeys() {
    }

    /** The complete key of one of this plugin's web-resource modules. */
    public static String webResource(String moduleKey) {
        return PLUGIN_KEY + ":" + moduleKey;
    }
}
