package kz.urpaq;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package boundaries of docs/decisions/003-packages-by-feature.md, checked. */
class ArchitectureTest {

    private static JavaClasses classes;

    /** Urpaq's own classes outside the given packages. */
    private static DescribedPredicate<JavaClass> urpaqOutside(String... packages) {
        return resideInAPackage("kz.urpaq..").and(resideOutsideOfPackages(packages));
    }

    private static String roomOf(JavaClass type) {
        var rest = type.getPackageName().substring("kz.urpaq.".length());
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static JavaClass topLevel(JavaClass type) {
        var outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean isView(JavaClass type) {
        return type.getPackageName().startsWith("kz.urpaq.") && type.getPackageName().matches(".*\\.ui(\\..*)?");
    }

    private static ArchCondition<JavaClass> useNoViewsOfAnotherRoom() {
        return new ArchCondition<>("use no views of another room") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (var dependency : type.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass().getBaseComponentType();
                    if (isView(target) && !roomOf(target).equals(roomOf(type))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** @Transactional on the class or on its methods (a service that runs some steps in their own transactions). */
    private static boolean managesTransactions(JavaClass type) {
        return type.isAnnotatedWith(Transactional.class)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Transactional.class));
    }

    /**
     * Used by a service of the repository's own room that manages transactions, or by one of the
     * room's package-private helpers, which only such services can call.
     */
    private static ArchCondition<JavaClass> beUsedOnlyByTransactionalClassesOfTheirRoom() {
        return new ArchCondition<>("be used only by transactional services of their own room and their package-private helpers") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (var dependency : repository.getDirectDependenciesToSelf()) {
                    var user = topLevel(dependency.getOriginClass());
                    boolean allowed = user.isAssignableTo(Repository.class) || roomOf(user).equals(roomOf(repository))
                            && (managesTransactions(user) || !user.getModifiers().contains(JavaModifier.PUBLIC));
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

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
    void domain_values_of_base_depend_on_no_room_nor_vaadin() {
        noClasses().that().resideInAPackage("kz.urpaq.base.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("kz.urpaq.base.ui..", "com.vaadin..")
                .check(classes);
    }

    /** A room's services, entities and configuration may use its own views (a login page), never another's. */
    @Test
    void rooms_do_not_depend_on_other_rooms_views() {
        classes().that().resideOutsideOfPackages("kz.urpaq..ui..", "kz.urpaq.shell..")
                .should(useNoViewsOfAnotherRoom())
                .check(classes);
    }

    @Test
    void services_never_depend_on_views() {
        noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAPackage("kz.urpaq..ui..")
                .check(classes);
    }

    @Test
    void rooms_are_free_of_cycles() {
        slices().matching("kz.urpaq.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void base_depends_on_no_room() {
        noClasses().that().resideInAPackage("kz.urpaq.base..")
                .should().dependOnClassesThat(urpaqOutside("kz.urpaq.base.."))
                .check(classes);
    }

    /** The shell (main layout, error pages) sits above the rooms: it may use them, none uses it. */
    @Test
    void nothing_depends_on_the_shell() {
        noClasses().that().resideOutsideOfPackage("kz.urpaq.shell..")
                .should().dependOnClassesThat().resideInAPackage("kz.urpaq.shell..")
                .check(classes);
    }

    /** The audit trail records what people did; it knows who acted and nothing of the rooms it records. */
    @Test
    void audit_depends_only_on_base_and_security() {
        noClasses().that().resideInAPackage("kz.urpaq.audit..")
                .should().dependOnClassesThat(urpaqOutside("kz.urpaq.audit..", "kz.urpaq.base..", "kz.urpaq.security.."))
                .check(classes);
    }

    /** Mail is a service every room uses; it knows nothing of any room. */
    @Test
    void notification_depends_only_on_base() {
        noClasses().that().resideInAPackage("kz.urpaq.notification..")
                .should().dependOnClassesThat(urpaqOutside("kz.urpaq.notification..", "kz.urpaq.base.."))
                .check(classes);
    }

    /**
     * As in vaadin/walking-skeleton: a repository is used only by a transactional service of its
     * own room (directly or through the room's package-private helpers), so every read and write
     * happens inside a transaction and no room reaches into another's tables.
     */
    @Test
    void repositories_are_used_only_by_transactional_services_of_their_room() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should(beUsedOnlyByTransactionalClassesOfTheirRoom())
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
                .should().resideInAnyPackage("..ui..", "kz.urpaq.shell..", "kz.urpaq.base.i18n..")
                .check(classes);
    }
}
