package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionSpec.CriterionSpec;

import java.util.List;

/** The default criteria of domain.md §6: five criteria on 0–10 whose weights sum to 100 %. */
public final class DefaultCriteria {

    public static final int SCALE_MAX = 10;

    private DefaultCriteria() {
    }

    public static List<CriterionSpec> all() {
        return List.of(
                new CriterionSpec("relevance",
                        new LocalizedText("Өзектілігі және әлеуметтік маңызы", "Актуальность и социальная значимость",
                                "Relevance and social significance"),
                        new LocalizedText("Жоба нақты мәселені шеше ме және кімге пайдалы?",
                                "Решает ли проект реальную проблему и кому он полезен?",
                                "Does the project solve a real problem, and who benefits?"),
                        25, SCALE_MAX, 1),
                new CriterionSpec("novelty",
                        new LocalizedText("Жаңашылдығы", "Новизна", "Novelty"),
                        new LocalizedText("Идея мен тәсілдің өңір үшін жаңалығы.",
                                "Новизна идеи и подхода для региона.",
                                "How new the idea and the approach are for the region."),
                        20, SCALE_MAX, 3),
                new CriterionSpec("feasibility",
                        new LocalizedText("Жоспардың орындалуы", "Реализуемость плана", "Feasibility of the plan"),
                        new LocalizedText("Кезеңдер, мерзімдер мен команда жоспарды жүзеге асыруға жеткілікті ме?",
                                "Достаточно ли этапов, сроков и команды, чтобы выполнить план?",
                                "Are the milestones, timeline and team enough to carry out the plan?"),
                        20, SCALE_MAX, 2),
                new CriterionSpec("impact",
                        new LocalizedText("Күтілетін нәтижелер мен әсері", "Ожидаемые результаты и влияние",
                                "Expected results and impact"),
                        new LocalizedText("Нәтижелер нақты, өлшенетін және тұрақты ма?",
                                "Конкретны, измеримы и устойчивы ли результаты?",
                                "Are the results concrete, measurable and lasting?"),
                        20, SCALE_MAX, 4),
                new CriterionSpec("budget",
                        new LocalizedText("Бюджеттің негізділігі", "Обоснованность бюджета", "Budget justification"),
                        new LocalizedText("Әр шығын жобаға қажет пе және бағасы шынайы ма?",
                                "Нужна ли проекту каждая статья расходов и реальны ли цены?",
                                "Is every cost needed for the project, and are the prices realistic?"),
                        15, SCALE_MAX, 5));
    }
}
