package vn.gov.directive.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.gov.directive.testsupport.PlatformMigrations;

/** platform-common alone migrates the platform's tables; this service's migrations leave them and its versions alone. */
class PlatformTablesTests {

    @Test
    void theServiceMigrationsLeaveThePlatformTablesToPlatformCommon() {
        Path migrations = Path.of("src/main/resources/db/migration");
        assertThat(migrations).isDirectoryContaining("glob:**/V1__foundation.sql");
        assertThat(PlatformMigrations.violations(migrations)).isEmpty();
    }
}
