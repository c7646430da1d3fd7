package vn.gov.directive.reporting.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.problem.ProblemException;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.reporting.config.ReportingConfig;
import vn.gov.directive.reporting.ops.DeadLetters;
import vn.gov.directive.reporting.ops.KafkaOverview;
import vn.gov.directive.reporting.ops.KafkaUnavailableException;
import vn.gov.directive.reporting.ops.ParkedOutboxes;
import vn.gov.directive.reporting.ops.ReadModelRebuild;
import vn.gov.directive.common.time.VietnamTime;
import vn.gov.directive.web.Html;
import vn.gov.directive.web.SignedIn;

/**
 * The operations view for operators: the same AdminClient reads, dead letters, replay and rebuild
 * as /api/v1/ops, as pages. The two actions are forms with a CSRF token and answer with a redirect
 * (post, redirect, get), so a reload never replays twice.
 */
@Path("/ops")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class OpsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(SignedIn viewer, String prefix, String group, List<TopicLine> topics,
                List<KafkaOverview.TopicView> deadLetterTopics, List<KafkaOverview.GroupView> groups, String rebuilt,
                List<ParkedOutboxes.ServiceParked> parked);

        static native TemplateInstance deadLetters(SignedIn viewer, String topic, List<LetterLine> letters, String replayed);
    }

    public record TopicLine(KafkaOverview.TopicView topic, long endOffsets) {
    }

    /** A dead letter with its time in Vietnam time and its payload indented when it is JSON. */
    public record LetterLine(DeadLetters.DeadLetter letter, String at, List<Map.Entry<String, String>> headers, String payload) {
    }

    @Inject
    KafkaOverview overview;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ReadModelRebuild rebuild;

    @Inject
    Caller caller;

    @Inject
    ReportingConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    ParkedOutboxes parkedOutboxes;

    /** The operator's access token (also in a page session): the services' parked rows are read with it. */
    @Inject
    JsonWebToken token;

    @GET
    @Operation(hidden = true)
    public TemplateInstance overview(@QueryParam("prefix") String prefix, @QueryParam("group") String group,
            @QueryParam("rebuilt") String rebuilt) {
        requireOperator();
        String topicPrefix = prefix != null ? prefix.trim() : config.ops().topicPrefix().orElse("");
        String groupText = group == null ? "" : group.trim();
        List<KafkaOverview.TopicView> topics = overview.topics(topicPrefix.isEmpty() ? null : topicPrefix);
        List<KafkaOverview.GroupView> groups = overview.consumerGroups().stream()
                .map(g -> onTopics(g, topicPrefix))
                .filter(g -> groupText.isEmpty() || g.groupId().contains(groupText))
                .filter(g -> topicPrefix.isEmpty() || !g.partitions().isEmpty())
                .toList();
        return Templates.overview(viewer(), topicPrefix, groupText,
                topics.stream().map(t -> new TopicLine(t, t.partitions().stream().mapToLong(KafkaOverview.PartitionOffsets::endOffset).sum()))
                        .toList(),
                topics.stream().filter(KafkaOverview.TopicView::deadLetters).toList(), groups, rebuilt,
                parkedOutboxes.read(token.getRawToken()));
    }

    @GET
    @Path("/dead-letters")
    @Operation(hidden = true)
    public TemplateInstance deadLetters(@QueryParam("topic") String topic, @QueryParam("replayed") String replayed) {
        requireOperator();
        List<LetterLine> letters = deadLetters.list(topic).stream()
                .map(l -> new LetterLine(l, VietnamTime.dateTime(l.timestamp()), List.copyOf(l.headers().entrySet()), indented(l.payload())))
                .toList();
        return Templates.deadLetters(viewer(), topic, letters, replayed);
    }

    @POST
    @Path("/dead-letters/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response replay(@RestForm String topic, @RestForm int partition, @RestForm long offset) {
        requireOperator();
        DeadLetters.Replay replay = deadLetters.replay(topic, partition, offset, caller);
        String done = replay.deadLetterPartition() + "/" + replay.deadLetterOffset() + " → " + replay.topic() + "/"
                + replay.partition() + "/" + replay.offset();
        return seeOther(UriBuilder.fromPath("/ops/dead-letters").queryParam("topic", topic).queryParam("replayed", done).build());
    }

    @POST
    @Path("/rebuild")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response rebuild() {
        requireOperator();
        ReadModelRebuild.Rebuild done = rebuild.start(caller);
        String summary = done.directivesCleared() + " văn bản, " + done.deliveriesCleared() + " lượt gửi; "
                + done.partitionsRewound().size() + " phân vùng đọc lại từ đầu";
        return seeOther(UriBuilder.fromPath("/ops").queryParam("rebuilt", summary).build());
    }

    @ServerExceptionMapper
    Response refused(ProblemException e) {
        return ReportingErrors.of(e, viewer());
    }

    @ServerExceptionMapper
    Response unavailable(KafkaUnavailableException e) {
        return ReportingErrors.of(e, viewer());
    }

    private SignedIn viewer() {
        return SignedIn.of(caller, null, null);
    }

    private void requireOperator() {
        if (!caller.is(Caller.OPERATOR)) {
            throw ProblemException.forbidden("The operations view is for operators");
        }
    }

    /** Only the group's partitions on topics with the prefix, so a shared broker's other topics stay out of view. */
    private static KafkaOverview.GroupView onTopics(KafkaOverview.GroupView group, String prefix) {
        if (prefix.isEmpty()) {
            return group;
        }
        List<KafkaOverview.PartitionLag> partitions = group.partitions().stream().filter(p -> p.topic().startsWith(prefix)).toList();
        return new KafkaOverview.GroupView(group.groupId(), group.state(), group.members(),
                partitions.stream().mapToLong(KafkaOverview.PartitionLag::lag).sum(), partitions);
    }

    private String indented(String payload) {
        if (payload == null) {
            return "";
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(payload));
        } catch (JsonProcessingException e) {
            return payload; // not JSON: shown as it came
        }
    }

    private static Response seeOther(URI location) {
        return Html.seeOther(location);
    }
}
