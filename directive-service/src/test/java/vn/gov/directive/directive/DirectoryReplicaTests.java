package vn.gov.directive.directive;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.directive.common.directory.DirectoryReplica;
import vn.gov.directive.common.directory.ReplicaUnit;
import vn.gov.directive.testsupport.DirectoryReplicaContract;

@QuarkusTest
class DirectoryReplicaTests extends DirectoryReplicaContract {

    @Inject
    DirectoryReplica replica;

    @Override
    protected String topicPrefix() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("platform.topics.prefix", String.class).orElse("test-directive.");
    }

    @Override
    protected List<String> unitNames(String code) {
        return QuarkusTransaction.requiringNew().call(() -> replica.units(List.of(code)).stream().map(ReplicaUnit::name).toList());
    }
}
