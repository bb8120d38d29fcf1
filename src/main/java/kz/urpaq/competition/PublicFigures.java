package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;

import java.util.List;

/** A running round's applications so far, per direction, as the public may see them (decision 028). */
public record PublicFigures(long total, List<DirectionCount> directions) {

    public record DirectionCount(LocalizedText name, long count) {
    }
}
