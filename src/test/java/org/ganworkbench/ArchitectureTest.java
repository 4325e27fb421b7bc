package org.ganworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
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

    /**
     * What a view may hold of the engine's: records, enums, and final classes whose fields are all
     * final (the field descriptions, {@code ConfigField}, {@code StyleFields}), and their nested types.
     */
    private static final DescribedPredicate<JavaClass> ENGINE_NON_VALUE_TYPES = DescribedPredicate.describe(
            "engine classes other than records, enums and immutable final classes",
            c -> c.getPackageName().startsWith("org.ganworkbench.engine") && !isValueType(c));

    private static boolean isValueType(JavaClass c) {
        boolean immutableFinal = c.getModifiers().contains(JavaModifier.FINAL) && !c.isInterface()
                && c.getFields().stream().allMatch(f -> f.getModifiers().contains(JavaModifier.FINAL));
        if (c.isRecord() || c.isEnum() || immutableFinal) return true;
        return c.getEnclosingClass().map(ArchitectureTest::isValueType).orElse(false);
    }

    @ArchTest
    static final ArchRule viewsSeeOnlyEngineValueTypes = noClasses()
            .that().resideInAPackage("org.ganworkbench.ui..").and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat(ENGINE_NON_VALUE_TYPES)
            .because("a view draws what its view model hands it; only view models call the engine (DESIGN.md)");

    @ArchTest
    static final ArchRule ownLayersKnowOnlyTheModelPackage = noClasses()
            .that().resideInAPackage("org.ganworkbench.engine.model.nn..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "engine classes outside engine.model and the engine's root (but the app's seeded Rng)",
                    c -> c.getPackageName().startsWith("org.ganworkbench.engine.")
                            && !c.getPackageName().startsWith("org.ganworkbench.engine.model")
                            && !c.getName().equals("org.ganworkbench.engine.data.Rng")))
            .because("model.nn is the layer library that engine.model, the judge and style transfer build on; it must not"
                    + " reach into training, data or sessions");

    @ArchTest
    static final ArchRule binaryFormatsKnowNoOtherEnginePackage = noClasses()
            .that().resideInAPackage("org.ganworkbench.engine.io..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "engine classes outside engine.io and the engine's root (WorkbenchException)",
                    c -> c.getPackageName().startsWith("org.ganworkbench.engine.")
                            && !c.getPackageName().startsWith("org.ganworkbench.engine.io")))
            .because("engine.io is the one place for binary formats (NPY, zip, tar, GIF) that sessions, datasets, judges"
                    + " and exports read and write through; it must not reach back into any of them");
}
