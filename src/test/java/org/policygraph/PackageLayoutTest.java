package org.policygraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout of DESIGN.md: data flows one way, the asker's rooms sit behind its door. */
class PackageLayoutTest {
    private static final String[] ROOMS = {"org.policygraph.ask.question..", "org.policygraph.ask.retrieve..",
            "org.policygraph.ask.compose..", "org.policygraph.ask.llm.."};
    private static final String ROOT = "org.policygraph";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policygraph");
    }

    /**
     * Every stage package is one slice, and so is every class of the root package: App, which builds the commands,
     * is in a cycle when a command or the launcher calls back on it, while Config, which everyone reads, is not.
     */
    private static final SliceAssignment STAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!javaClass.getName().startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            String name = javaClass.getName().substring(ROOT.length() + 1);
            int dot = name.indexOf('.');
            int nested = name.indexOf('$');
            return SliceIdentifier.of(dot >= 0 ? name.substring(0, dot) : nested >= 0 ? name.substring(0, nested) : name);
        }

        @Override
        public String getDescription() {
            return "the stage packages and the classes of the root package";
        }
    };

    @Test
    void noStageImportsAnotherInACycle() {
        slices().assignedFrom(STAGES).should().beFreeOfCycles().check(classes);
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
