package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
