package com.atlassian.sal.api;

import java.nio.file.Path;
import java.util.Optional;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    Optional<Path> getLocalHomeDirectory();

    Optional<Path> getSharedHomeDirectory();
}
