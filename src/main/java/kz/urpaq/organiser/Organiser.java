package kz.urpaq.organiser;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.base.domain.LocalizedText;

import java.time.Instant;

/**
 * Who runs competitions: a region's youth-policy office or the ministry's national round
 * (docs/domain.md §17). Its name, region and contact are shown with its competitions; its
 * signatory signs their certificates.
 */
@Entity
@Table(name = "organiser")
class Organiser extends AbstractEntity {

    static final int CODE_MAX_LENGTH = 40;

    @Column(nullable = false, unique = true, length = CODE_MAX_LENGTH)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "name_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "region_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "region_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "region_en"))})
    private LocalizedText region;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;

    @Column(name = "signatory_name", nullable = false)
    private String signatoryName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "signatory_position_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "signatory_position_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "signatory_position_en"))})
    private LocalizedText signatoryPosition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organiser() {
    }

    Organiser(OrganiserSpec spec, Instant createdAt) {
        this.code = spec.code();
        this.createdAt = createdAt;
        this.name = spec.name();
        this.region = spec.region();
        this.contactEmail = spec.contactEmail();
        this.contactPhone = spec.contactPhone();
        this.signatoryName = spec.signatoryName();
        this.signatoryPosition = spec.signatoryPosition();
    }

    OrganiserSummary summary() {
        return new OrganiserSummary(getId(), code, name, region, contactEmail, contactPhone, signatoryName,
                signatoryPosition);
    }

    String code() {
        return code;
    }
}
