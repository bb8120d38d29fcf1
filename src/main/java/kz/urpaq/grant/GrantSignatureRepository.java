package kz.urpaq.grant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface GrantSignatureRepository extends JpaRepository<GrantSignature, Long> {

    List<GrantSignature> findByGrantIdOrderByIdAsc(long grantId);

    List<GrantSignature> findByGrantIdIn(Collection<Long> grantIds);
}
