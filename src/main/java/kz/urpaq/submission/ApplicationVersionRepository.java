package kz.urpaq.submission;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ApplicationVersionRepository extends JpaRepository<ApplicationVersion, Long> {

    List<ApplicationVersion> findByApplicationIdOrderByNumberAsc(long applicationId);

    Optional<ApplicationVersion> findFirstByApplicationIdOrderByNumberDesc(long applicationId);

    Optional<ApplicationVersion> findByApplicationIdAndNumber(long applicationId, int number);
}
