package vn.gov.directive.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformMigrationsTest {

    private static final Map<String, String> PLATFORM = Map.of("5", "db/platform/V5__outbox_parked_rows.sql",
            "8", "db/platform/V8__audit_trail.sql");

    @TempDir
    Path migrations;

    @Test
    void aServiceMigrationThatChangesAPlatformTableIsNamedWithItsStatement() throws IOException {
        write("V9__more.sql", """
                -- the outbox_event in a comment is no change
                create table report (id bigint primary key);
                alter table outbox_event add column tried int;
                create index processed_event_at on processed_event (processed_at);
                """);

        assertThat(PlatformMigrations.violations(migrations, PLATFORM))
                .containsExactly("V9__more.sql: touches a platform table: alter table outbox_event add column tried int",
                        "V9__more.sql: touches a platform table: create index processed_event_at on processed_event (processed_at)");
    }

    @Test
    void theFoundationKeepsItsCopiesAndAServiceMayDropAPlatformTableItDoesNotUse() throws IOException {
        write("V1__foundation.sql", "create table outbox_event (id bigserial primary key);\ncreate table directory_unit (code text);");
        write("V9__no_outbox.sql", "drop table if exists outbox_event;");
        write("V10__own.sql", "create table directory_unit_note (code text); alter table report add column audit_entry_id bigint;");

        assertThat(PlatformMigrations.violations(migrations, PLATFORM)).isEmpty();
    }

    @Test
    void aServiceTakesNeitherAPlatformVersionNorAPointVersion() throws IOException {
        write("V8__mine.sql", "create table mine (id int);");
        write("V9.1__mine_too.sql", "create table mine_too (id int);");
        write("V9_2__and_this.sql", "create table and_this (id int);");

        assertThat(PlatformMigrations.violations(migrations, PLATFORM)).containsExactly(
                "V8__mine.sql: version 8 is platform-common's db/platform/V8__audit_trail.sql",
                "V9.1__mine_too.sql: a point version, reserved to platform-common's migrations",
                "V9_2__and_this.sql: a point version, reserved to platform-common's migrations");
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql);
    }
}
