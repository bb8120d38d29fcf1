package kz.urpaq.grant.report;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByHappenedAtAscIdAsc(long reportId);
}
