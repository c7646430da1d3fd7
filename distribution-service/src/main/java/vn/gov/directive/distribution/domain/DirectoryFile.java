package vn.gov.directive.distribution.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import vn.gov.directive.common.text.OneLine;
import vn.gov.directive.common.text.MultiLine;

/**
 * A directory file as the province publishes it (deploy/seed/units-quang-ninh-2024.json). Its
 * own validFrom/validTo date the snapshot; a unit's validity is the unit's own.
 */
public record DirectoryFile(@OneLine String directory, LocalDate validFrom, LocalDate validTo, @MultiLine String note,
        @NotNull @Valid List<Group> groups, @NotNull @Valid List<ListedUnit> units) {

    public static final String CODE = "^[A-Z0-9][A-Z0-9_-]*$";

    public record Group(@NotBlank @Pattern(regexp = CODE, message = "must be upper-case letters, digits, - or _") String code,
            @NotBlank @OneLine String name) {
    }

    public record ListedUnit(@NotBlank @Pattern(regexp = CODE, message = "must be upper-case letters, digits, - or _") String code,
            @NotBlank @OneLine String name, @NotBlank @OneLine String kind, @Email @OneLine String email, List<@OneLine String> groups,
            LocalDate validFrom, LocalDate validTo, @OneLine String successor) {
    }
}
