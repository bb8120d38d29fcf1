package kz.urpaq.audit;

import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.repository.CrudRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AuditServiceTest {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    AuditService auditService;

    @Autowired
    TransactionTemplate transactions;

    private String recordOne(String details) {
        SystemTask.run(() -> transactions.executeWithoutResult(status -> auditTrail.record(
                AuditAction.ROLE_GRANTED, "account", 7L, null, "APPLICANT", "APPLICANT, JURY", details)));
        return details;
    }

    @Test
    void records_say_who_what_when_and_before_and_after() {
        var marker = recordOne("test-" + UUID.randomUUID());

        var found = SystemTask.run(() -> auditService.search(
                new AuditFilter(AuditAction.ROLE_GRANTED, "account", 7L, "system", null, null), PageRequest.of(0, 50)));

        assertThat(found).filteredOn(e -> marker.equals(e.details())).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.before()).isEqualTo("APPLICANT");
            assertThat(entry.after()).isEqualTo("APPLICANT, JURY");
            assertThat(entry.occurredAt()).isNotNull();
        });
    }

    @Test
    void the_csv_export_opens_in_excel_and_defuses_formulas() {
        var marker = recordOne("=HYPERLINK(\"http://evil\") " + UUID.randomUUID());
        var out = new StringWriter();

        SystemTask.run(() -> auditService.exportCsv(AuditFilter.none(), out));

        var csv = out.toString();
        assertThat(csv).startsWith("\ufeffid,occurred_at,actor,action");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")");
        assertThat(csv).doesNotContain("," + marker);
    }

    @Test
    void writing_requires_a_surrounding_transaction() {
        assertThatThrownBy(() -> auditTrail.record(AuditAction.ROLE_GRANTED, "account", 1L, null, null, null, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    @WithMockUser(roles = "APPLICANT")
    void only_administrators_read_the_trail() {
        assertThatThrownBy(() -> auditService.search(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditService.exportCsv(AuditFilter.none(), new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_code_has_no_way_to_change_or_delete_records() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditRecordRepository.class)).isFalse();
        assertThat(Arrays.stream(AuditRecordRepository.class.getMethods()).map(m -> m.getName()))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"));
        assertThat(Arrays.stream(AuditRecord.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(m -> m.getName()))
                .noneMatch(name -> name.startsWith("set"));
        assertThat(AuditRecord.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }
}
