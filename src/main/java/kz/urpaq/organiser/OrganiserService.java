package kz.urpaq.organiser;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.security.StepUp;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The organisers an installation hosts (docs/domain.md §17). Anyone may read who they are (they are
 * printed on public results and certificates); the platform administrator makes them, with
 * step-up, audited in the platform's trail. Every competition belongs to one; those made before organisers existed belong to the
 * default one ({@link #DEFAULT_CODE}).
 */
@Service
@PreAuthorize("hasRole('PLATFORM')")
@Transactional
public class OrganiserService {

    /** The organiser every competition made before organisers existed was moved to (V110). */
    public static final String DEFAULT_CODE = "default";

    private final OrganiserRepository organisers;
    private final AuditTrail audit;
    private final StepUp stepUp;
    private final Clock clock;

    OrganiserService(OrganiserRepository organisers, AuditTrail audit, StepUp stepUp, Clock clock) {
        this.organisers = organisers;
        this.audit = audit;
        this.stepUp = stepUp;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<OrganiserSummary> all() {
        return organisers.findAllByOrderByIdAsc().stream().map(Organiser::summary).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public OrganiserSummary find(long id) {
        return organisers.findById(id).map(Organiser::summary)
                .orElseThrow(() -> new NoSuchRecordException("organiser.refused.not-found"));
    }

    /** Where a competition goes when nobody says whose it is. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long defaultOrganiserId() {
        return organisers.findByCode(DEFAULT_CODE).orElseThrow().getId();
    }

    /**
     * A new organiser (a region's office, the national round). Asks for step-up; audited.
     *
     * @throws OrganiserRefusedException for a malformed or taken code, or no signatory
     */
    public OrganiserSummary create(OrganiserSpec spec) {
        stepUp.require();
        check(spec);
        if (organisers.existsByCode(spec.code())) {
            throw new OrganiserRefusedException(OrganiserRefusedException.CODE_TAKEN, spec.code());
        }
        var organiser = organisers.save(new Organiser(spec, clock.instant()));
        audit.record(AuditAction.ORGANISER_CREATED, "organiser", organiser.getId(), null, null,
                organiser.code(), spec.name().kk());
        return organiser.summary();
    }

    private static void check(OrganiserSpec spec) {
        if (!spec.code().matches("[a-z0-9][a-z0-9-]{1," + (Organiser.CODE_MAX_LENGTH - 1) + "}")) {
            throw new OrganiserRefusedException(OrganiserRefusedException.CODE_INVALID);
        }
        // names and positions are LocalizedText, which holds all three languages or is not made
        if (spec.signatoryName().isBlank()) {
            throw new OrganiserRefusedException(OrganiserRefusedException.SIGNATORY_REQUIRED);
        }
    }
}
