package vn.gov.directive.directive.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The issuer's register of numbers for a year. One upsert takes the next number and keeps the
 * row locked until the issuing transaction ends: concurrent issues of the same issuer queue on
 * the row (no duplicate), and a rolled-back issue rolls its number back too (no gap).
 */
@ApplicationScoped
public class NumberRegister {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String issuer, int year) {
        return ((Number) entityManager.createNativeQuery("""
                insert into number_register (issuer, year, last_number) values (?1, ?2, 1)
                on conflict (issuer, year) do update set last_number = number_register.last_number + 1
                returning last_number""")
                .setParameter(1, issuer)
                .setParameter(2, year)
                .getSingleResult()).intValue();
    }
}
