// Creates the platform's topics in one JVM (one Kafka tool call per topic costs ~3 s each).
// Run by deploy/local/platform with Java's source launcher and the broker's classpath:
//   java -cp KAFKA_CP KafkaTopics.java BOOTSTRAP PARTITIONS TIMEOUT_S topic[:compact] ...
// Waits until the broker answers a topic listing, then creates only the missing topics.
import java.util.*;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.*;
import org.apache.kafka.common.errors.TopicExistsException;

public class KafkaTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        long deadline = System.currentTimeMillis() + Long.parseLong(args[2]) * 1000;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = listUntil(admin, deadline);
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 3; i < args.length; i++) {
                String[] spec = args[i].split(":");
                if (existing.contains(spec[0])) continue;
                NewTopic topic = new NewTopic(spec[0], partitions, (short) 1);
                if (spec.length > 1 && spec[1].equals("compact")) {
                    topic.configs(Map.of("cleanup.policy", "compact"));
                }
                missing.add(topic);
            }
            for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> e :
                    admin.createTopics(missing).values().entrySet()) {
                try {
                    e.getValue().get();
                    System.out.println("created topic " + e.getKey());
                } catch (ExecutionException ex) {
                    // Another caller may have created it in the meantime: that is fine.
                    if (!(ex.getCause() instanceof TopicExistsException)) throw ex;
                }
            }
            System.out.println("topics ready: " + (args.length - 3) + " (" + missing.size() + " created)");
        }
    }

    // The broker accepts connections a little before it serves metadata: retry until the deadline.
    private static Set<String> listUntil(Admin admin, long deadline) throws Exception {
        while (true) {
            try {
                return admin.listTopics().names().get();
            } catch (ExecutionException e) {
                if (System.currentTimeMillis() > deadline) throw e;
                Thread.sleep(500);
            }
        }
    }
}
