package org.socialplaybook.sandbox.confluence;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/** The web-resource assembler: macros ask for their JS/CSS; the page shell writes the tags. */
public final class SandboxPageBuilder implements PageBuilderService {
    private final RequestContext request;

    public SandboxPageBuilder(RequestContext request) {
        this.request = request;
    }

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                request.requireResource(moduleCompleteKey);
                return this;
            }

            @Override
            public RequiredResources requireContext(String context) {
                request.requireResource("context:" + context);
                return this;
            }
        };
    }
}
