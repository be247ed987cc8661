package com.atlassian.confluence.pages;

/** Stand-in: a blog post (news item) in a space. */
public class BlogPost extends AbstractPage {
    @Override
    public String getUrlPath() {
        return "/pages/viewpage.action?pageId=" + getId();
    }
}
