package vn.gov.directive.reporting.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import vn.gov.directive.common.security.Caller;
import vn.gov.directive.reporting.ops.DeadLetters;
import vn.gov.directive.reporting.ops.KafkaOverview;
import vn.gov.directive.reporting.ops.ParkedOutboxes;
import vn.gov.directive.reporting.ops.ReadModelRebuild;

/** The operations view of the event flow (operators only): topics, consumer lag, dead letters, replay. */
@Path("/api/v1/ops")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.OPERATOR)
@Blocking
public class OpsResource {

    @Inject
    KafkaOverview overview;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ReadModelRebuild rebuild;

    @Inject
    Caller caller;

    @Inject
    ParkedOutboxes parkedOutboxes;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/topics")
    @Operation(summary = "Topics with their partitions, earliest and end offsets; dead-letter topics marked")
    public List<KafkaOverview.TopicView> topics(@QueryParam("prefix") String prefix) {
        return overview.topics(prefix);
    }

    @GET
    @Path("/consumer-groups")
    @Operation(summary = "Every consumer group with its committed offset, end offset and lag per partition")
    public List<KafkaOverview.GroupView> consumerGroups() {
        return overview.consumerGroups();
    }

    @GET
    @Path("/dead-letters/{topic}")
    @Operation(summary = "The latest messages of a dead-letter topic: headers, payload and the error")
    public List<DeadLetters.DeadLetter> deadLetters(@PathParam("topic") String topic) {
        return deadLetters.list(topic);
    }

    @POST
    @Path("/dead-letters/{topic}/{partition}/{offset}/replay")
    @Operation(summary = "Puts a dead letter back on the topic it came from (header dead-letter-topic)")
    public DeadLetters.Replay replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        return deadLetters.replay(topic, partition, offset, caller);
    }

    @GET
    @Path("/parked-outbox-rows")
    @Operation(summary = "Outbox rows each publishing service parked because Kafka refused them for good",
            description = "Read from each service's GET /api/v1/outbox/parked with the caller's token; retry or discard there.")
    public List<ParkedOutboxes.ServiceParked> parkedOutboxRows() {
        return parkedOutboxes.read(token.getRawToken());
    }

    @POST
    @Path("/read-model/rebuild")
    @Operation(summary = "Empties the compliance read model and consumes its topics again from the beginning",
            description = "Answers at once; the read model fills again as the consumers catch up (see consumer-groups lag).")
    public ReadModelRebuild.Rebuild rebuild() {
        return rebuild.start(caller);
    }
}
