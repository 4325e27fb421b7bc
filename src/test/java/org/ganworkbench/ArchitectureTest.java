package org.ganworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "org.ganworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
@ArchTag("slow")
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineKnowsNoUserInterface = noClasses()
            .that().resideInAPackage("org.ganworkbench.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.ganworkbench.ui..", "org.ganworkbench.cli..", "javafx..", "javax.swing..")
            .because("the engine is a library that runs headless on a server");

    @ArchTest
    static final ArchRule engineUsesNoAwtWindowing = noClasses()
            .that().resideInAPackage("org.ganworkbench.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt", "java.awt.event..")
            .because("only headless raster work (java.awt.image, java.awt.geom, javax.imageio) belongs in the engine");

    @ArchTest
    static final ArchRule uiAndCliSeeNoDeepLearningTypes = noClasses()
            .that().resideInAnyPackage("org.ganworkbench.ui..", "org.ganworkbench.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..")
            .because("only the engine touches ND4J; everything else sees plain arrays and records");

    @ArchTest
    static final ArchRule uiFeaturesHaveNoCycles = slices()
            .matching("org.ganworkbench.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule enginePackagesHaveNoCycles = slices()
            .matching("org.ganworkbench.engine.(*)..")
            .should().beFreeOfCycles();
}
