package vn.gov.directive.common.audit;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import vn.gov.directive.common.problem.HiddenRefusal;

/**
 * Marks a response that answers a {@link HiddenRefusal} (an exception mapper, the API's or a
 * page's, has made a plain 404 of it), so that {@link RefusalLog} records it as a refusal.
 */
public class HiddenRefusalMarker {

    @Inject
    CurrentVertxRequest request;

    @ServerResponseFilter
    public void mark(Throwable thrown) {
        if (thrown instanceof HiddenRefusal && request.getCurrent() != null) {
            request.getCurrent().put(RefusalLog.HIDDEN, Boolean.TRUE);
        }
    }
}
