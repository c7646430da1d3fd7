package vn.gov.directive.distribution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.directive.events.UnitRetired;
import vn.gov.directive.events.UnitUpserted;

/** A unit of the directory: a department, a district People's Committee, the media centre... */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    public String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> groups = new ArrayList<>();

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String successor;

    public UnitUpserted toEvent() {
        return new UnitUpserted(code, name, kind, email, List.copyOf(groups), validFrom, validTo, successor);
    }

    /** The retirement as published: the unit's whole state, since it is the last record of its key on the compacted topic. */
    public UnitRetired toRetiredEvent() {
        return new UnitRetired(code, name, kind, email, List.copyOf(groups), validFrom, validTo, successor);
    }

    /** Takes the listed state; @return whether anything changed. */
    public boolean takeStateOf(UnitUpserted listed) {
        UnitUpserted before = toEvent();
        name = listed.name();
        kind = listed.kind();
        email = listed.email();
        groups = new ArrayList<>(listed.groups());
        validFrom = listed.validFrom();
        validTo = listed.validTo();
        successor = listed.successor();
        return !Objects.equals(before, toEvent());
    }

    public boolean isRetiredBy(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }
}
