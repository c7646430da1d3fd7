package vn.gov.directive.notification.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A public holiday of the calendar: no working time that day. */
@Entity
@Table(name = "holiday")
public class Holiday extends PanacheEntityBase {

    @Id
    public LocalDate day;
    public String name;

    public static Holiday of(LocalDate day, String name) {
        Holiday holiday = new Holiday();
        holiday.day = day;
        holiday.name = name;
        return holiday;
    }
}
