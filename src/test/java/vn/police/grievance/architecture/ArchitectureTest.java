package vn.police.grievance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.web.bind.annotation.RestController;

/**
 * The design, written as rules the build checks (docs/architecture.md draws the same picture).
 *
 * <pre>
 *   edge        security · demo · operations · the application   wires or watches everything, nothing depends on it
 *   readers     audit · tasklist · figures                  read every feature, change nothing of theirs
 *   features    intake · triage · study · signoff · delivery · deadline · conference · letter
 *   views       tracking                                    the item as the API shows it
 *   answers     answer
 *   engine      process                                     the engine behind a small facade
 *   core        item                                        the item, its typed journal events
 *   reference   organisation · regulation · notification
 *   base        system · journal · document                 checks, problems, who is acting; the hash chain;
 *                                                           documents as Decree 30 lays them out
 * </pre>
 *
 * A package imports only packages below it; none imports its way back up.
 */
@AnalyzeClasses(packages = "vn.police.grievance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "vn.police.grievance";

  @ArchTest
  static final ArchRule packagesImportEachOtherOneWayOnly =
      slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
          .because("a package that imports its importer cannot be understood or changed on its own");

  @ArchTest
  static final ArchRule eachLayerUsesOnlyTheLayersBelowIt =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("base").definedBy(ROOT + ".system..", ROOT + ".journal..", ROOT + ".document..")
          .layer("reference").definedBy(ROOT + ".organisation..", ROOT + ".regulation..", ROOT + ".notification..")
          .layer("core").definedBy(ROOT + ".item..")
          .layer("engine").definedBy(ROOT + ".process..")
          .layer("answers").definedBy(ROOT + ".answer..")
          .layer("views").definedBy(ROOT + ".tracking..")
          .layer("features").definedBy(
              ROOT + ".intake..", ROOT + ".triage..", ROOT + ".study..", ROOT + ".signoff..", ROOT + ".delivery..",
              ROOT + ".deadline..", ROOT + ".conference..", ROOT + ".letter..")
          .layer("readers").definedBy(ROOT + ".audit..", ROOT + ".tasklist..", ROOT + ".figures..")
          .layer("edge").definedBy(ROOT + ".security..", ROOT + ".demo..", ROOT + ".operations..")
          .whereLayer("edge").mayNotBeAccessedByAnyLayer()
          .whereLayer("readers").mayOnlyBeAccessedByLayers("edge")
          .whereLayer("features").mayOnlyBeAccessedByLayers("readers", "edge")
          .whereLayer("views").mayOnlyBeAccessedByLayers("features", "readers", "edge")
          .whereLayer("answers").mayOnlyBeAccessedByLayers("views", "features", "readers", "edge")
          .whereLayer("engine").mayOnlyBeAccessedByLayers("answers", "views", "features", "readers", "edge")
          .whereLayer("core").mayOnlyBeAccessedByLayers("engine", "answers", "views", "features", "readers", "edge")
          .whereLayer("reference")
          .mayOnlyBeAccessedByLayers("core", "engine", "answers", "views", "features", "readers", "edge");

  @ArchTest
  static final ArchRule servicesAreFreeOfTheEngine =
      noClasses().that().haveSimpleNameEndingWith("Service")
          .and().areNotAssignableTo(FormService.class)
          .should().dependOnClassesThat().resideInAPackage("org.camunda..")
          .because("business rules are tested without an engine and survive a move to another engine; the engine is"
              + " reached through process/GrievanceProcess and the delegates");

  @ArchTest
  static final ArchRule theDomainIsFreeOfTheEngine =
      noClasses().that().resideInAnyPackage(ROOT + ".item..", ROOT + ".regulation..", ROOT + ".journal..", ROOT + ".tracking..")
          .or().resideInAPackage(ROOT + ".answer..").and().doNotImplement(JavaDelegate.class)
          .should().dependOnClassesThat().resideInAPackage("org.camunda..")
          .because("the item, its journal and its answers are ours, whatever runs the process");

  @ArchTest
  static final ArchRule delegatesAreThinAndNamedForTheirStep =
      classes().that().implement(JavaDelegate.class)
          .should().haveSimpleNameEndingWith("Delegate")
          .andShould().resideInAnyPackage(
              ROOT + ".intake..", ROOT + ".triage..", ROOT + ".study..", ROOT + ".signoff..", ROOT + ".delivery..",
              ROOT + ".deadline..", ROOT + ".answer..", ROOT + ".conference..")
          .because("a step's delegate lives with the feature whose service it calls");

  @ArchTest
  static final ArchRule controllersLiveInTheirFeatureAndNothingCallsThem =
      classes().that().areAnnotatedWith(RestController.class)
          .should().haveSimpleNameEndingWith("Controller")
          .andShould().resideOutsideOfPackages(ROOT + ".system..", ROOT + ".process..", ROOT + ".journal..", ROOT + ".security..",
              ROOT + ".item..")
          .andShould().onlyHaveDependentClassesThat().areAnnotatedWith(RestController.class)
          .because("a controller is the web edge of one feature: it translates HTTP, the feature's service decides");
}
