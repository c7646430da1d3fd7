package vn.gov.directive.bench;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The ceiling's throwaway topic, created with the platform topics' partition count before
 * ProducerPerformance runs and deleted after (one small JVM each; Kafka's TopicCommand would
 * cost a few seconds more). Usage: CeilingTopic create|delete BOOTSTRAP TOPIC [PARTITIONS]
 */
public final class CeilingTopic {

    private CeilingTopic() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: CeilingTopic create|delete BOOTSTRAP TOPIC [PARTITIONS]");
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]);
        try (Admin admin = Admin.create(props)) {
            switch (args[0]) {
                case "create" -> admin.createTopics(List.of(new NewTopic(args[2], Integer.parseInt(args[3]), (short) 1)))
                        .all().get();
                case "delete" -> admin.deleteTopics(List.of(args[2])).all().get();
                default -> throw new IllegalArgumentException("create or delete, not " + args[0]);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(args[0] + " " + args[2] + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
