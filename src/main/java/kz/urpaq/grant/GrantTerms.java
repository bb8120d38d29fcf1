package kz.urpaq.grant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A competition's grant terms (domain.md §14): the agreement's template texts in Kazakh and Russian,
 * the tranche schedule and the reporting dates. A competition without a row uses {@link #defaults}.
 */
@Entity
@Table(name = "grant_terms")
class GrantTerms extends AbstractEntity {

    public static final int TEXT_MAX_LENGTH = 8000;

    /** The schedule of SPEC §14: 70 % on the countersignature, 30 % after the interim report is accepted. */
    static final List<TrancheShare> DEFAULT_SCHEDULE = List.of(
            new TrancheShare(70, TrancheTrigger.COUNTERSIGNED),
            new TrancheShare(30, TrancheTrigger.INTERIM_ACCEPTED));

    static final String DEFAULT_TEXT_KK = """
            Гранттық келісім бойынша Алушы жобаны өтінімде көрсетілген мерзімде және бюджет шегінде \
            жүзеге асыруға, аралық және қорытынды есептерді белгіленген күндерге дейін тапсыруға, \
            гранттың қаражатын тек жобаның мақсаттарына жұмсауға міндеттенеді. Ұйымдастырушы гранттың \
            траншаларын кестеге сәйкес аударуға міндеттенеді.""";

    static final String DEFAULT_TEXT_RU = """
            По настоящему грантовому соглашению Получатель обязуется реализовать проект в сроки и в \
            пределах бюджета, указанных в заявке, представить промежуточный и итоговый отчёты до \
            установленных дат и расходовать средства гранта только на цели проекта. Организатор \
            обязуется перечислять транши гранта согласно графику.""";

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "agreement_text_kk", nullable = false, length = TEXT_MAX_LENGTH)
    private String agreementTextKk;

    @Column(name = "agreement_text_ru", nullable = false, length = TEXT_MAX_LENGTH)
    private String agreementTextRu;

    @Column(name = "interim_report_due")
    private @Nullable LocalDate interimReportDue;

    @Column(name = "final_report_due")
    private @Nullable LocalDate finalReportDue;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_terms_tranche", joinColumns = @JoinColumn(name = "grant_terms_id"))
    @OrderColumn(name = "position")
    private List<ScheduledTranche> schedule = new ArrayList<>();

    protected GrantTerms() {
    }

    GrantTerms(long competitionId, String agreementTextKk, String agreementTextRu,
               @Nullable LocalDate interimReportDue, @Nullable LocalDate finalReportDue, List<TrancheShare> schedule) {
        this.competitionId = competitionId;
        change(agreementTextKk, agreementTextRu, interimReportDue, finalReportDue, schedule);
    }

    /** The terms a competition has before an administrator sets its own: the default texts and schedule, no dates. */
    static GrantTerms defaults(long competitionId) {
        return new GrantTerms(competitionId, DEFAULT_TEXT_KK, DEFAULT_TEXT_RU, null, null, DEFAULT_SCHEDULE);
    }

    void change(String textKk, String textRu, @Nullable LocalDate interimDue, @Nullable LocalDate finalDue,
                List<TrancheShare> shares) {
        if (shares.isEmpty() || shares.stream().mapToInt(TrancheShare::percent).sum() != 100) {
            throw new IllegalArgumentException("the tranches add up to 100 percent");
        }
        this.agreementTextKk = textKk;
        this.agreementTextRu = textRu;
        this.interimReportDue = interimDue;
        this.finalReportDue = finalDue;
        this.schedule = new ArrayList<>(shares.stream().map(ScheduledTranche::new).toList());
    }

    long getCompetitionId() {
        return competitionId;
    }

    String getAgreementTextKk() {
        return agreementTextKk;
    }

    String getAgreementTextRu() {
        return agreementTextRu;
    }

    @Nullable LocalDate getInterimReportDue() {
        return interimReportDue;
    }

    @Nullable LocalDate getFinalReportDue() {
        return finalReportDue;
    }

    List<TrancheShare> getSchedule() {
        return schedule.stream().map(ScheduledTranche::share).toList();
    }

    @Embeddable
    static class ScheduledTranche {

        @Column(nullable = false)
        private int percent;

        @Enumerated(EnumType.STRING)
        @Column(name = "due_on", nullable = false, length = 20)
        private TrancheTrigger dueOn;

        protected ScheduledTranche() {
        }

        ScheduledTranche(TrancheShare share) {
            this.percent = share.percent();
            this.dueOn = share.dueOn();
        }

        TrancheShare share() {
            return new TrancheShare(percent, dueOn);
        }
    }
}
