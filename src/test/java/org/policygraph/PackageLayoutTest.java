package org.policygraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout of DESIGN.md: data flows one way, the asker's rooms sit behind its door. */
class PackageLayoutTest {
    private static final String[] ROOMS = {"org.policygraph.ask.question..", "org.policygraph.ask.retrieve..",
            "org.policygraph.ask.compose..", "org.policygraph.ask.llm.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policygraph");
    }

    @Test
    void noStageImportsAnotherInACycle() {
        slices().matching("org.policygraph.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRoomsOfTheAskerImportEachOtherOneWay() {
        slices().matching("org.policygraph.ask.(*)..").should().beFreeOfCycles().check(classes);
        noClasses().that().resideInAPackage("org.policygraph.ask.question..")
                .should().dependOnClassesThat().resideInAnyPackage("org.policygraph.ask.retrieve..",
                        "org.policygraph.ask.compose..", "org.policygraph.ask.llm..")
                .check(classes);
        noClasses().that().resideInAPackage("org.policygraph.ask.retrieve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.policygraph.ask.compose..",
                        "org.policygraph.ask.llm..")
                .check(classes);
    }

    @Test
    void onlyTheWiringReachesPastTheDoorOfTheAsker() {
        noClasses().that().resideOutsideOfPackages("org.policygraph.ask..").and().doNotHaveFullyQualifiedName(
                        App.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage(ROOMS)
                .check(classes);
    }

    @Test
    void theRoomsUseOnlyTheValueTypesOfTheDoor() {
        noClasses().that().resideInAnyPackage(ROOMS)
                .should().dependOnClassesThat(resideInAPackage("org.policygraph.ask").and(not(nameMatching(
                        "org\\.policygraph\\.ask\\.(Answer|Citation|GraphView|Asker|AskOptions|QuestionText)(\\$.*)?"))))
                .check(classes);
    }

    @Test
    void importAndEmbeddingNeverImportTheAskerOrTheWeb() {
        noClasses().that().resideInAnyPackage("org.policygraph.ingest..", "org.policygraph.parse..",
                        "org.policygraph.extract..", "org.policygraph.graph..", "org.policygraph.embed..")
                .should().dependOnClassesThat().resideInAnyPackage("org.policygraph.ask..", "org.policygraph.web..",
                        "org.policygraph.cli..")
                .check(classes);
    }

    @Test
    void nothingBelowTheWebImportsIt() {
        noClasses().that().resideOutsideOfPackages("org.policygraph.web..", "org.policygraph.cli..")
                .and().doNotHaveFullyQualifiedName(App.class.getName())
                .should().dependOnClassesThat().resideInAPackage("org.policygraph.web..")
                .check(classes);
    }
}
