package kz.urpaq.grant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface TrancheRepository extends JpaRepository<Tranche, Long> {

    List<Tranche> findByGrantIdOrderByPositionAsc(long grantId);

    List<Tranche> findByGrantIdInOrderByGrantIdAscPositionAsc(Collection<Long> grantIds);
}
