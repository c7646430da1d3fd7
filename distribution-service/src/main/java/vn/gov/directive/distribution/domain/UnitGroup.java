package vn.gov.directive.distribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.gov.directive.events.GroupUpserted;

/** A named group of units ("UBND các huyện, thị xã, thành phố"); members are the units that list it. */
@Entity
@Table(name = "unit_group")
public class UnitGroup extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public GroupUpserted toEvent() {
        return new GroupUpserted(code, name);
    }
}
