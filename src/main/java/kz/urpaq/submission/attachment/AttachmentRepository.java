package kz.urpaq.submission.attachment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByApplicationIdOrderByUploadedAtAscIdAsc(long applicationId);

    @Query("select coalesce(sum(a.sizeBytes), 0) from Attachment a where a.applicationId = :applicationId")
    long totalSize(long applicationId);
}
