package vn.gov.directive.web;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** Answers of the pages: a rendered page with a status of its own, or the redirect after a form (post, redirect, get). */
public final class Html {

    public static final MediaType UTF_8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private Html() {
    }

    /** A page with another status than 200: a refused form (400, 422), an error page. */
    public static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(UTF_8).entity(page).build();
    }

    public static Response seeOther(URI location) {
        return Response.seeOther(location).build();
    }
}
