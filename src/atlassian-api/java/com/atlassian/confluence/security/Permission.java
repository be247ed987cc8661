package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Compile-only stand-in. In Confluence this is an abstract class (not an interface) whose
 * constants are anonymous subclasses; the real class also declares checkAgainst/isMutative,
 * forName, equals and hashCode, which the plugin does not use and which are omitted here.
 */
public abstract class Permission implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Permission("VIEW") { };
    public static final Permission EDIT = new Permission("EDIT") { };
    public static final Permission SET_PERMISSIONS = new Permission("SET_PERMISSIONS") { };
    public static final Permission REMOVE = new Permission("REMOVE") { };
    public static final Permission EXPORT = new Permission("EXPORT") { };
    public static final Permission ADMINISTER = new Permission("ADMINISTER") { };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
