package kz.urpaq.grant.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ReportFileRepository extends JpaRepository<ReportFile, Long> {

    /** The report's files without their bytes. */
    @Query("select new kz.urpaq.grant.report.ReportFileView(f.id, case when f.purpose = :photo then true else false end, "
            + "f.budgetLine, f.name, f.sizeBytes) from ReportFile f where f.reportId = :reportId order by f.id")
    List<ReportFileView> listed(long reportId, ReportFile.Purpose photo);

    default List<ReportFileView> listed(long reportId) {
        return listed(reportId, ReportFile.Purpose.PHOTO);
    }

    long countByReportIdAndPurpose(long reportId, ReportFile.Purpose purpose);
}
