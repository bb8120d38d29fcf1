package kz.urpaq.review;

import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.Role;
import kz.urpaq.submission.ApplicationDirectory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who the jurors of a competition are, and which of them may be given work. */
@Component
class JurorDirectory {

    private final AccountService accounts;
    private final ApplicationDirectory applications;
    private final CompetitionAccess access;

    JurorDirectory(AccountService accounts, ApplicationDirectory applications, CompetitionAccess access) {
        this.accounts = accounts;
        this.applications = applications;
        this.access = access;
    }

    /** The accounts and applicants of one competition, read once for a whole operation. */
    record Snapshot(Map<Long, AccountSummary> accounts, Set<Long> jurorsHere, Set<Long> applicants) {

        JurorStatus status(long jurorId) {
            var account = accounts.get(jurorId);
            // a juror of another organiser is no juror here
            if (account == null || !account.roles().contains(Role.JURY) || !jurorsHere.contains(jurorId)) {
                return JurorStatus.NOT_A_JUROR;
            }
            if (!account.enabled()) {
                return JurorStatus.DISABLED;
            }
            if (applicants.contains(jurorId)) {
                return JurorStatus.APPLIED;
            }
            return JurorStatus.AVAILABLE;
        }

        boolean available(long jurorId) {
            return status(jurorId) == JurorStatus.AVAILABLE;
        }

        String name(long jurorId) {
            var account = accounts.get(jurorId);
            return account == null ? "#" + jurorId : account.displayName();
        }

        String email(long jurorId) {
            var account = accounts.get(jurorId);
            return account == null ? "" : account.email();
        }
    }

    Snapshot snapshot(long competitionId, Collection<Long> jurorIds) {
        var found = accounts.findAllById(jurorIds).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        var organiserId = access.requireAdministered(competitionId).organiserId();
        var jurorsHere = accounts.members(organiserId, Role.JURY).stream().map(AccountSummary::id)
                .collect(Collectors.toSet());
        return new Snapshot(found, jurorsHere, applications.applicantIds(competitionId));
    }
}
