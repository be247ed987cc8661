package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {
    ContentEntityObject getEntity();

    String getSpaceKey();

    String getOutputType();

    Object getProperty(String name);

    void setProperty(String name, Object value);

    Object removeProperty(String name);
}
