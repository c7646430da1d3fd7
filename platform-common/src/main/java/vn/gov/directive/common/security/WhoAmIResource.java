package vn.gov.directive.common.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/** What the service makes of the caller's token: a quick check for users, scripts and tests. */
@Path("/api/v1/me")
@Authenticated
public class WhoAmIResource {

    public record Me(String name, String unit, Set<String> roles) {
    }

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return new Me(caller.name(), caller.unit().orElse(null), new TreeSet<>(caller.roles()));
    }
}
