package vn.gov.directive.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * platform-common alone migrates the platform's tables ({@link PlatformMigrations}): a service's
 * {@code PlatformTablesTests} extends this (plain JUnit, run from the service's module folder).
 */
public abstract class PlatformTablesContract {

    @Test
    void theServiceMigrationsLeaveThePlatformTablesToPlatformCommon() {
        Path migrations = Path.of("src/main/resources/db/migration");
        assertThat(migrations).isDirectoryContaining("glob:**/V1__foundation.sql");
        assertThat(PlatformMigrations.violations(migrations)).isEmpty();
    }
}
