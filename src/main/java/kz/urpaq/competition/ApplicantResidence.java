package kz.urpaq.competition;

import kz.urpaq.base.domain.Region;

import java.util.Optional;

/**
 * Where the signed-in applicant lives, by their profile, if they have one: the landing page puts
 * the rounds of their region first. Implemented by the applicant room, which owns profiles.
 */
public interface ApplicantResidence {

    Optional<Region> ofCurrentApplicant();
}
