package kz.urpaq;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package boundaries of docs/decisions/003-packages-by-feature.md, checked. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.urpaq");
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("kz.urpaq..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void domain_values_of_base_depend_on_no_feature() {
        noClasses().that().resideInAPackage("kz.urpaq.base.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "kz.urpaq.security..", "kz.urpaq.competition..", "kz.urpaq.submission..",
                        "kz.urpaq.review..", "kz.urpaq.results..", "kz.urpaq.certificate..", "kz.urpaq.demo..",
                        "kz.urpaq.base.ui..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void features_do_not_depend_on_other_features_views() {
        noClasses().that().resideOutsideOfPackage("kz.urpaq..ui..")
                .and().doNotHaveFullyQualifiedName("kz.urpaq.security.SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("kz.urpaq..ui..")
                .check(classes);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("kz.urpaq.(*)..")
                .should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("kz.urpaq.base.."))
                .check(classes);
    }

    @Test
    void base_depends_only_on_security_among_features() {
        noClasses().that().resideInAPackage("kz.urpaq.base..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "kz.urpaq.competition..", "kz.urpaq.submission..", "kz.urpaq.review..",
                        "kz.urpaq.results..", "kz.urpaq.certificate..", "kz.urpaq.demo..")
                .check(classes);
    }

    @Test
    void views_are_package_private_and_say_who_may_open_them() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(classes);
        classes().that().areAnnotatedWith(Route.class)
                .and().doNotHaveFullyQualifiedName("kz.urpaq.security.ui.LoginView")
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void services_are_secured_on_the_class() {
        classes().that().haveSimpleNameEndingWith("Service")
                .and().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().doNotHaveSimpleName("AccountDetailsService")
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(classes);
    }

    @Test
    void components_live_in_ui_packages() {
        classes().that().areAssignableTo(Component.class)
                .should().resideInAnyPackage("..ui..", "kz.urpaq.base.i18n..")
                .check(classes);
    }
}
