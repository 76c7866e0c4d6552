package com.leverageglossary;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the dependency direction of the README's code layout: web → (search, seo, content, calculators) → markdown → calculators → formulas. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.leverageglossary");

    @Test
    void packagesDependOnlyDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("com.leverageglossary")
                .layer("web").definedBy("com.leverageglossary.web..")
                .layer("search").definedBy("com.leverageglossary.search..")
                .layer("seo").definedBy("com.leverageglossary.seo..")
                .layer("content").definedBy("com.leverageglossary.content..")
                .layer("markdown").definedBy("com.leverageglossary.markdown..")
                .layer("calculators").definedBy("com.leverageglossary.calculators..")
                .layer("formulas").definedBy("com.leverageglossary.formulas..")
                .layer("urls").definedBy("com.leverageglossary.urls..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("app")
                .whereLayer("search").mayOnlyBeAccessedByLayers("web", "app")
                .whereLayer("seo").mayOnlyBeAccessedByLayers("web", "app")
                .whereLayer("content").mayOnlyBeAccessedByLayers("web", "search", "seo", "app")
                .whereLayer("markdown").mayOnlyBeAccessedByLayers("content", "web", "search", "seo", "app")
                .whereLayer("calculators").mayOnlyBeAccessedByLayers("markdown", "content", "web", "search", "seo", "app")
                .whereLayer("formulas").mayOnlyBeAccessedByLayers("calculators", "markdown", "content", "web", "search", "seo", "app")
                .whereLayer("urls").mayOnlyBeAccessedByLayers("markdown", "content", "web", "search", "seo", "app")
                .withOptionalLayers(true)
                .check(CLASSES);
    }

    @Test
    void onlyWebImportsJavalin() {
        noClasses().that().resideOutsideOfPackage("com.leverageglossary.web..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(CLASSES);
    }
}
