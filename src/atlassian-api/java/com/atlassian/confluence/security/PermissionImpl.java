package com.atlassian.confluence.security;

class PermissionImpl implements Permission {
    private final String name;

    PermissionImpl(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
