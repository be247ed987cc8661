package com.atlassian.sal.api;

public enum UrlMode { CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO }
