package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionSpec.DirectionSpec;

import java.util.List;

/** The five directions of the seed announcement (domain.md §1); a new competition starts with them. */
public final class DefaultDirections {

    private DefaultDirections() {
    }

    public static List<DirectionSpec> all() {
        return List.of(
                new DirectionSpec("science", new LocalizedText("Ғылым", "Наука", "Science")),
                new DirectionSpec("art", new LocalizedText("Өнер", "Искусство", "Art")),
                new DirectionSpec("media", new LocalizedText("Медиа", "Медиа", "Media")),
                new DirectionSpec("it", new LocalizedText("Ақпараттық технологиялар", "Информационные технологии",
                        "Information technology")),
                new DirectionSpec("business", new LocalizedText("Бизнес", "Бизнес", "Business")));
    }
}
