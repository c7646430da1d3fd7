package vn.gov.directive.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Logs every refused request (401, 403, and a 404 that hides something, {@link HiddenRefusalMarker})
 * as one line of the logger category "audit". It watches the end of every response from the first
 * route of the router, so it also sees the 401s and 403s the security layer answers before JAX-RS.
 */
@ApplicationScoped
public class RefusalLog {

    public static final String CATEGORY = "audit";

    /** Routing-context key set when the response is a hidden refusal. */
    static final String HIDDEN = RefusalLog.class.getName() + ".hidden";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            context.addEndHandler(ended -> logIfRefused(context));
            context.next();
        });
    }

    private static void logIfRefused(RoutingContext context) {
        int status = context.response().getStatusCode();
        boolean hidden = Boolean.TRUE.equals(context.get(HIDDEN));
        if (!RefusalLine.isRefusal(status, hidden)) {
            return;
        }
        String user = null;
        String unit = null;
        if (context.user() instanceof QuarkusHttpUser signedIn && !signedIn.getSecurityIdentity().isAnonymous()) {
            SecurityIdentity identity = signedIn.getSecurityIdentity();
            user = identity.getPrincipal().getName();
            if (identity.getPrincipal() instanceof JsonWebToken token) {
                user = token.<String>claim("preferred_username").orElse(user);
                unit = token.<String>claim("unit").orElse(null);
            }
        }
        LOG.info(new RefusalLine(status, hidden, user, unit, context.request().method().name(), context.request().path()).text());
    }
}
