package com.atlassian.confluence.pages;

public class Page extends AbstractPage {
    @Override
    public String getUrlPath() {
        return "/pages/viewpage.action?pageId=" + getId();
    }
}
