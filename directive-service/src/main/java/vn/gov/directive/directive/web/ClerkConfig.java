package vn.gov.directive.directive.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The clerk's pages: directives per page of the list, empty task blocks a new form offers. */
@ConfigMapping(prefix = "clerk")
public interface ClerkConfig {

    @WithDefault("20")
    int pageSize();

    @WithDefault("2")
    int taskSlots();
}
