package vn.gov.directive.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The CSRF filter (quarkus-rest-csrf) checks every form-typed POST for the pages' token. The API
 * takes no forms and only bearer tokens ({@link BearerOnlyApi}), which a forged cross-site request
 * cannot carry; yet some clients label an empty POST as a form (REST Assured does). For a bearer
 * request to the API without a body, such a label is dropped before the CSRF filter sees it (an
 * upload with a body keeps its type: its resource needs it).
 */
public class ApiRequestsAreNotForms {

    @ServerRequestFilter(preMatching = true)
    public void dropFormLabel(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (form && request.getLength() == 0 && request.getUriInfo().getPath().startsWith(BearerOnlyApi.API)
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
