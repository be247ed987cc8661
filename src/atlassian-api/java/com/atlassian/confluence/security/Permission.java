package com.atlassian.confluence.security;

public interface Permission {
    Permission VIEW = new PermissionImpl("VIEW");
    Permission EDIT = new PermissionImpl("EDIT");
    Permission EXPORT = new PermissionImpl("EXPORT");
    Permission REMOVE = new PermissionImpl("REMOVE");
    Permission SET_PERMISSIONS = new PermissionImpl("SET_PERMISSIONS");
    Permission ADMINISTER = new PermissionImpl("ADMINISTER");
}
