package kz.urpaq.demo;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.grant.GrantReportAccepted;
import kz.urpaq.grant.GrantRow;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GrantState;
import kz.urpaq.grant.GrantTermsView;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.grant.TrancheState;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The grants of last year's finished competition (domain.md §14), walked through the services as
 * the people would: the announcement offered the 15 grants; the recipients accept (online, or a
 * signed scan for those under 18), one declines and the administrator offers the grant to the next
 * project of its direction, the administrator countersigns and pays the first tranches, terminates
 * one, and one grant is completed. Leaves two adult recipients' grants OFFERED (GrantViewsTest and
 * GrantBrowserTest each accept one) and one ACCEPTED waiting for the countersignature. Idempotent: a competition whose
 * grants have moved is left alone. {@code DemoGrantReports} (the reports) runs right after.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "urpaq.demo.enabled", havingValue = "true")
class DemoGrants {

    private final GrantService grants;
    private final AccountService accounts;
    private final DemoWalker walker;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DemoGrants(GrantService grants, AccountService accounts, DemoWalker walker, ApplicationEventPublisher events,
               TransactionTemplate transactions) {
        this.grants = grants;
        this.accounts = accounts;
        this.walker = walker;
        this.events = events;
        this.transactions = transactions;
    }

    void seed(long competitionId, int year) {
        var offered = walker.as(DemoData.ADMIN_EMAIL, at(year, 12, 2, 11, 0), () -> grants.register(competitionId));
        if (offered.isEmpty() || offered.stream().anyMatch(row -> row.grant().state() != GrantState.OFFERED)) {
            return;
        }
        walker.as(DemoData.ADMIN_EMAIL, at(year, 12, 2, 11, 30), () -> grants.changeTerms(competitionId,
                new GrantTermsView(grants.terms(competitionId).textKk(), grants.terms(competitionId).textRu(),
                        LocalDate.of(year + 1, 5, 29), LocalDate.of(year + 1, 11, 30),
                        grants.terms(competitionId).schedule())));
        var adults = new ArrayList<GrantRow>();
        var minors = new ArrayList<GrantRow>();
        for (var row : offered) {
            var email = email(row);
            boolean minor = walker.as(email, at(year, 12, 3, 9, 0), grants::acceptanceNeedsGuardian);
            (minor ? minors : adults).add(row);
        }
        // the last two adults' grants stay OFFERED: one for a newcomer to accept, and the view test and the
        // browser test each accept one (they share one database in `./mvnw verify`)
        adults.removeLast();
        adults.removeLast();
        var declined = adults.removeLast();
        var order = new ArrayList<GrantRow>(adults);
        order.addAll(minors);

        int day = 3;
        for (var row : order) {
            accept(row, year, day++ % 8 + 3);
        }
        walker.as(email(declined), at(year, 12, 6, 16, 20), () -> grants.decline(declined.grant().id(),
                "Келесі жылы шетелде оқимын, жобаны жүзеге асыра алмаймын."));
        walker.as(DemoData.ADMIN_EMAIL, at(year, 12, 8, 10, 0), () -> grants.offerToReserve(declined.grant().id(),
                "Жеңімпаз бас тартты; грант саясаты бойынша бағыттағы келесі жоба."));

        // the last accepted grant waits for the countersignature; the others are countersigned
        var countersigned = order.subList(0, order.size() - 1);
        for (int i = 0; i < countersigned.size(); i++) {
            long id = countersigned.get(i).grant().id();
            walker.as(DemoData.ADMIN_EMAIL, at(year, 12, 15, 10, i), () -> grants.countersign(id));
        }
        for (int i = 0; i < countersigned.size(); i++) {
            long id = countersigned.get(i).grant().id();
            int number = i + 1;
            walker.as(DemoData.ADMIN_EMAIL, at(year, 12, 22, 11, i), () -> {
                var first = grants.grant(id).tranches().getFirst();
                if (first.state() == TrancheState.DUE) {
                    grants.recordPayment(first.id(), LocalDate.of(year, 12, 22), "ПП № %04d".formatted(number));
                }
            });
        }
        if (countersigned.size() >= 2) {
            complete(countersigned.getFirst().grant().id(), year);
            long terminated = countersigned.getLast().grant().id();
            walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 2, 10, 15, 0), () -> grants.terminate(terminated,
                    "Алушы жобаны тоқтатты және бірінші траншаны қайтаруға келісті (хат 10.02)."));
        }
    }

    /** Both reports of one grant accepted, as the reports room would say: the second tranche paid, the grant COMPLETED. */
    private void complete(long id, int year) {
        walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 6, 5, 10, 0), () -> transactions.executeWithoutResult(
                status -> events.publishEvent(new GrantReportAccepted(id, ReportKind.INTERIM))));
        walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 6, 10, 11, 0), () -> {
            var second = grants.grant(id).tranches().get(1);
            grants.recordPayment(second.id(), LocalDate.of(year + 1, 6, 10), "ПП № 0101");
        });
        walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 11, 20, 10, 0), () -> transactions.executeWithoutResult(
                status -> events.publishEvent(new GrantReportAccepted(id, ReportKind.FINAL))));
    }

    /** An adult accepts online; a recipient under 18 uploads the agreement signed with the guardian on paper. */
    private void accept(GrantRow row, int year, int day) {
        var email = email(row);
        long id = row.grant().id();
        walker.as(email, at(year, 12, day, 19, 0), () -> {
            if (grants.acceptanceNeedsGuardian()) {
                grants.uploadSignedScan(id, "келісім-қол-қойылған.pdf", new ByteArrayInputStream(grants.agreementPdf(id)));
            } else {
                grants.accept(id, null);
            }
        });
    }

    private String email(GrantRow row) {
        return SystemTask.run(() -> accounts.findAllById(List.of(row.grant().recipientAccountId()))).getFirst().email();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Almaty.ZONE).toInstant();
    }
}
