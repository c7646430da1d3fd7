package vn.gov.directive.distribution.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.gov.directive.common.problem.Problem;
import vn.gov.directive.common.problem.ProblemException;

/**
 * CSRF protection of the portal's forms, a session-bound token of our own rather than
 * quarkus-rest-csrf: that filter, set to check multipart bodies too (the report form carries
 * files), would also ask the bearer API's multipart upload (AttachmentResource) for a token it
 * cannot have, and it cannot be limited to some paths. Here every portal form carries
 * HMAC(key, user, Keycloak session id) in a hidden field, and each portal POST checks it before it
 * acts. A page on another site can make a signed-in browser post, but cannot read the token; the
 * API is bearer-only (platform-common BearerOnlyApi), which a forged request cannot carry.
 * The key comes from distribution.portal.form-key (several instances share it) or is drawn at
 * start (a restart then only asks for a reload of the open forms).
 */
@ApplicationScoped
public class FormToken {

    /** The hidden field's name. */
    public static final String FIELD = "csrf";

    /** The slug of the refusal, so the error page can ask for a reload rather than speak of rights. */
    public static final String REFUSED = "form-token";
    public static final URI REFUSED_TYPE = Problem.typeOf(REFUSED);

    @ConfigProperty(name = "distribution.portal.form-key")
    Optional<String> configured;

    @Inject
    JsonWebToken idToken;

    private byte[] key;

    @PostConstruct
    void key() {
        key = configured.map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] drawn = new byte[32];
            new SecureRandom().nextBytes(drawn);
            return drawn;
        });
    }

    /** The token of the signed-in browser's session. */
    public String value() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String session = idToken.getSubject() + "|" + Optional.ofNullable(idToken.<Object>getClaim("sid")).orElse("");
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses (403) a form without this session's token. */
    public void check(String given) {
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), value().getBytes(StandardCharsets.US_ASCII))) {
            throw new ProblemException(Problem.of(403, REFUSED, "Forbidden", "The form's CSRF token is missing or belongs to another session"));
        }
    }
}
