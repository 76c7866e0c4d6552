package com.leverageglossary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leverageglossary.testing.RunningSite;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of README's code layout: web → (search, seo, content, calculators) → markdown →
 * calculators → formulas; and places every package in one of those layers, so a new package is a decision.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.leverageglossary");

    /** Each layer and its packages, from the top; a new package goes here (and in README's code layout). */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("app", "com.leverageglossary");
        LAYERS.put("export", "com.leverageglossary.export..");
        LAYERS.put("web", "com.leverageglossary.web..");
        LAYERS.put("search", "com.leverageglossary.search..");
        LAYERS.put("seo", "com.leverageglossary.seo..");
        LAYERS.put("content", "com.leverageglossary.content..");
        LAYERS.put("markdown", "com.leverageglossary.markdown..");
        LAYERS.put("calculators", "com.leverageglossary.calculators..");
        LAYERS.put("formulas", "com.leverageglossary.formulas..");
        LAYERS.put("urls", "com.leverageglossary.urls..");
    }

    private static final ArchRule EVERY_PACKAGE_IN_A_LAYER = classes().should()
            .resideInAnyPackage(LAYERS.values().toArray(String[]::new))
            .because("every package must be placed in a layer of ArchitectureTest.LAYERS");

    @Test
    void packagesDependOnlyDownward() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (var layer : LAYERS.entrySet()) {
            layers = layers.layer(layer.getKey()).definedBy(layer.getValue());
        }
        layers.whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("export").mayOnlyBeAccessedByLayers("app")
                .whereLayer("web").mayOnlyBeAccessedByLayers("export", "app")
                .whereLayer("search").mayOnlyBeAccessedByLayers("web", "app")
                .whereLayer("seo").mayOnlyBeAccessedByLayers("web", "app")
                .whereLayer("content").mayOnlyBeAccessedByLayers("export", "web", "search", "seo", "app")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("content", "web", "search", "seo", "app")
                .whereLayer("calculators").mayOnlyBeAccessedByLayers("markdown", "content", "export", "web", "search", "seo", "app")
                .whereLayer("formulas").mayOnlyBeAccessedByLayers("calculators", "markdown", "content", "web", "search", "seo", "app")
                .whereLayer("urls").mayOnlyBeAccessedByLayers("markdown", "content", "export", "web", "search", "seo", "app")
                .withOptionalLayers(true)
                .check(CLASSES);
    }

    @Test
    void everyPackageIsPlacedInALayer() {
        EVERY_PACKAGE_IN_A_LAYER.check(CLASSES);
    }

    @Test
    void aPackageOutsideEveryLayerFailsTheCheck() {
        // The test helpers' package stands for a new main package that nobody placed.
        JavaClasses withUnplaced = new ClassFileImporter().importClasses(App.class, RunningSite.class);
        assertThatThrownBy(() -> EVERY_PACKAGE_IN_A_LAYER.check(withUnplaced))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(RunningSite.class.getName());
    }

    @Test
    void onlyWebImportsJavalin() {
        noClasses().that().resideOutsideOfPackage("com.leverageglossary.web..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(CLASSES);
    }
}
