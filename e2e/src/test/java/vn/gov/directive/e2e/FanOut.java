package vn.gov.directive.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.http.HttpStatus;
import org.awaitility.core.ConditionTimeoutException;
import org.hamcrest.Matchers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.directive.testsupport.ComponentAddresses;
import vn.gov.directive.testsupport.GreenMailClient;

/**
 * One directive to the 2,000 units of the {@link BigGroup}, watched through the platform's public
 * APIs: deliveries stored (distribution-service), deliveries visible (reporting-service's
 * compliance) and notices at the SMTP server (GreenMail). {@link #settle} waits for all three,
 * counts what was lost or doubled, records the scenario's row in docs/RELIABILITY.md, then asserts.
 */
final class FanOut {

    /** How long a scenario may take to deliver, show and mail 2,000 (a 2-core machine that also runs the four services). */
    static final Duration SETTLE = Duration.ofMinutes(8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(\\S+)");
    private static final String MAIL_API = ComponentAddresses.mailApi();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final BigGroup group;
    final String directiveId;
    final String number;
    final Instant issuedAt;

    private FanOut(BigGroup group, String directiveId, String number, Instant issuedAt) {
        this.group = group;
        this.directiveId = directiveId;
        this.number = number;
        this.issuedAt = issuedAt;
    }

    /** The seed directive, to the whole group as ACTION, issued at once by the document system. */
    static FanOut issue(BigGroup group) {
        return issue(group, Platform.asDocumentSystem());
    }

    static FanOut issue(BigGroup group, RequestSpecification as) {
        return issue(group, as, directive(group), HttpStatus.SC_OK, HttpStatus.SC_CREATED);
    }

    /** Issues the given directive (see {@link #directive}), expecting one of the statuses. */
    static FanOut issue(BigGroup group, RequestSpecification as, ObjectNode directive, Integer... statuses) {
        Instant issuedAt = Instant.now();
        Response issued = as.body(directive.toString())
                .when().post(Platform.DIRECTIVES + "/api/v1/directives?issue=true")
                .then().statusCode(Matchers.oneOf(statuses))
                .body("recipientCount", Matchers.equalTo(BigGroup.UNITS))
                .extract().response();
        return new FanOut(group, issued.path("id"), issued.path("number"), issuedAt);
    }

    static ObjectNode directive(BigGroup group) {
        ObjectNode directive = Platform.seedDirective(Instant.now().plus(7, ChronoUnit.DAYS));
        directive.putArray("recipients").addObject().put("group", group.code).put("role", "ACTION");
        directive.putArray("tasks");
        return directive;
    }

    /** Deliveries distribution-service stored for the directive (-1 while it does not answer). */
    int deliveries() {
        Response answer = Platform.as("operator").queryParam("directiveId", directiveId).queryParam("size", 1)
                .when().get(Platform.DISTRIBUTION + "/api/v1/deliveries");
        return answer.statusCode() == HttpStatus.SC_OK ? answer.jsonPath().getInt("total") : -1;
    }

    /** Deliveries reporting-service's compliance view counts as delivered (-1 while it does not know the directive). */
    int visible() {
        Response answer = Platform.as("operator").when().get(Platform.REPORTING + "/api/v1/compliance/" + directiveId);
        return answer.statusCode() == HttpStatus.SC_OK ? answer.jsonPath().getInt("delivered") : -1;
    }

    /** Units of the group whose mailbox at the SMTP server exists, i.e. that got at least one mail since the last clean-up. */
    int mailed() {
        Set<String> addresses = addresses();
        int count = 0;
        for (JsonNode user : getJson("/api/user")) {
            if (addresses.contains(user.path("email").asText())) {
                count++;
            }
        }
        return count;
    }

    /**
     * Waits (at most 60 s) until the progress read is past zero: the fan-out, visibility or
     * mailing is under way; answers how far it got.
     */
    static int awaitUnderway(java.util.function.IntSupplier progress) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(progress::getAsInt, n -> n > 0);
    }

    /** What a scenario ends with. */
    record Outcome(int deliveries, int visible, int lost, int doubled, int doubledWithAnotherMessageId, long secondsToRecover) {
    }

    /**
     * Waits until the directive is delivered, visible and mailed to all 2,000 units (or the
     * timeout), counts the notices at the SMTP server, records the row of the scenario and
     * asserts: none missing, none twice beyond {@code repeatsAllowed}, and a repeat carries the
     * Message-ID of the first.
     *
     * @param recoveredFrom when the fault ended (the component was back): seconds to recover count from here
     */
    Outcome settle(String scenario, String fault, Instant recoveredFrom, int repeatsAllowed) {
        Instant settledAt = null;
        try {
            await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> deliveries() == BigGroup.UNITS && visible() == BigGroup.UNITS && mailed() == BigGroup.UNITS);
            settledAt = Instant.now();
        } catch (ConditionTimeoutException e) {
            // counted and recorded below, then the assertions say what is missing
        }
        Outcome outcome = count(settledAt == null ? -1 : Duration.between(recoveredFrom, settledAt).toSeconds());
        Reliability.record(scenario, fault, outcome, repeatsAllowed);
        assertThat(outcome.deliveries()).as("deliveries stored").isEqualTo(BigGroup.UNITS);
        assertThat(outcome.visible()).as("deliveries visible in compliance").isEqualTo(BigGroup.UNITS);
        assertThat(outcome.lost()).as("units without their notice").isZero();
        assertThat(outcome.doubled()).as("notices repeated (bound: the mails in flight)").isLessThanOrEqualTo(repeatsAllowed);
        assertThat(outcome.doubledWithAnotherMessageId()).as("repeated notices with a Message-ID of their own").isZero();
        return outcome;
    }

    private Outcome count(long secondsToRecover) {
        int deliveries = safely(this::deliveries);
        int visible = safely(this::visible);
        int[] lost = {0};
        int[] doubled = {0};
        int[] otherId = {0};
        List<int[]> perUnit = new ForkJoinPool(4).submit(() -> group.units.parallelStream().map(unit -> {
            List<GreenMailClient.Mail> notices = Platform.MAIL.inbox(BigGroup.address(unit)).stream()
                    .filter(m -> m.subject().contains(number)).toList();
            Set<String> ids = new HashSet<>();
            notices.forEach(m -> ids.add(messageId(m.mimeMessage())));
            return new int[] { notices.size(), ids.size() };
        }).toList()).join();
        for (int[] unit : perUnit) {
            if (unit[0] == 0) {
                lost[0]++;
            } else {
                doubled[0] += unit[0] - 1;
                otherId[0] += unit[1] - 1;
            }
        }
        return new Outcome(deliveries, visible, lost[0], doubled[0], otherId[0], secondsToRecover);
    }

    /** Deletes the group's mailboxes, so the next scenario counts only its own notices and GreenMail's heap stays small. */
    void deleteMailboxes() {
        new ForkJoinPool(4).submit(() -> addresses().parallelStream().forEach(address -> send(HttpRequest.newBuilder(
                URI.create(MAIL_API + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8))).DELETE()))).join();
    }

    private Set<String> addresses() {
        Set<String> addresses = new HashSet<>();
        group.units.forEach(u -> addresses.add(BigGroup.address(u)));
        return addresses;
    }

    static String messageId(String mime) {
        Matcher matcher = MESSAGE_ID.matcher(mime);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static int safely(java.util.function.IntSupplier read) {
        try {
            return read.getAsInt();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static JsonNode getJson(String path) {
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(URI.create(MAIL_API + path)).GET()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
