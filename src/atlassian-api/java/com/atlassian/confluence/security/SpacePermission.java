package com.atlassian.confluence.security;

public class SpacePermission {
    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";
    public static final String ADMINISTER_SPACE_PERMISSION = "SETSPACEPERMISSIONS";
    public static final String CREATEEDIT_PAGE_PERMISSION = "EDITSPACE";
}
