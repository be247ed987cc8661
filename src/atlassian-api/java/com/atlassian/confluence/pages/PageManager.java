package com.atlassian.confluence.pages;

public interface PageManager {
    AbstractPage getAbstractPage(long id);

    Page getPage(String spaceKey, String pageTitle);
}
