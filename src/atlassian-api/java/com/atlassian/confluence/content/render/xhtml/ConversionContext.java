package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {
    ContentEntityObject getEntity();

    String getSpaceKey();

    String getOutputType();
}
