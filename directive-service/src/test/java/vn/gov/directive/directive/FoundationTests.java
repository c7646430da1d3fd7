package vn.gov.directive.directive;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.directive.testsupport.KafkaBrokerResource;
import vn.gov.directive.testsupport.KeycloakResource;
import vn.gov.directive.testsupport.ServiceFoundationContract;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(KeycloakResource.class)
class FoundationTests extends ServiceFoundationContract {
}
