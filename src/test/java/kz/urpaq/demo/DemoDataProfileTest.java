package kz.urpaq.demo;

import kz.urpaq.competition.CompetitionService;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class DemoDataProfileTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(CompetitionService.class, () -> mock(CompetitionService.class))
            .withBean(AccountService.class, () -> mock(AccountService.class))
            .withBean(JuryPanelService.class, () -> mock(JuryPanelService.class))
            .withBean(kz.urpaq.applicant.ApplicantProfileService.class,
                    () -> mock(kz.urpaq.applicant.ApplicantProfileService.class))
            .withBean(FinishedCompetitionDemo.class, () -> mock(FinishedCompetitionDemo.class))
            .withBean(ReviewRoundDemo.class, () -> mock(ReviewRoundDemo.class))
            .withBean(kz.urpaq.certificate.CertificateService.class,
                    () -> mock(kz.urpaq.certificate.CertificateService.class))
            .withBean(kz.urpaq.security.SecondFactorService.class,
                    () -> mock(kz.urpaq.security.SecondFactorService.class))
            .withBean(kz.urpaq.organiser.OrganiserService.class,
                    () -> mock(kz.urpaq.organiser.OrganiserService.class))
            .withBean(DemoWalker.class, () -> mock(DemoWalker.class))
            .withBean(kz.urpaq.competition.CompetitionSetupService.class,
                    () -> mock(kz.urpaq.competition.CompetitionSetupService.class))
            .withBean(kz.urpaq.submission.ApplicationService.class,
                    () -> mock(kz.urpaq.submission.ApplicationService.class))
            .withBean(DemoGrants.class, () -> mock(DemoGrants.class))
            .withBean(DemoGrantReports.class, () -> mock(DemoGrantReports.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("urpaq.public-base-url=http://localhost:8080")
            .withUserConfiguration(DemoData.class);

    @Test
    void demo_data_exists_on_the_embedded_default() {
        runner.withPropertyValues("urpaq.demo.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(DemoData.class));
    }

    @Test
    void demo_data_is_impossible_under_prod_even_when_switched_on() {
        runner.withPropertyValues("urpaq.demo.enabled=true")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .run(context -> assertThat(context).doesNotHaveBean(DemoData.class));
    }

    @Test
    void the_prod_properties_switch_demo_data_off() throws Exception {
        var properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application-prod.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("urpaq.demo.enabled")).isEqualTo("false");
    }
}
