package org.citynet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of the layers (docs/architecture.md): the kernel (RDF terms, loading, the store and its
 * query engine, bulk loading, backup) knows nothing of the web or of Spring; the web layer builds on the
 * kernel; the offline tools build on the kernel and never on the web layer. No two packages import each
 * other, directly or round a longer loop.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citynet");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("application").definedBy("org.citynet")
                .layer("web").definedBy("org.citynet.web..")
                .layer("tools").definedBy("org.citynet.tools..")
                .layer("kernel").definedBy("org.citynet.kernel..")
                .whereLayer("application").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("application")
                .whereLayer("tools").mayNotBeAccessedByAnyLayer()
                .whereLayer("kernel").mayOnlyBeAccessedByLayers("web", "tools", "application")
                .check(classes);
    }

    @Test
    void kernelPackagesInOrder() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rdf").definedBy("org.citynet.kernel.rdf..")
                .layer("load").definedBy("org.citynet.kernel.load..")
                .layer("store").definedBy("org.citynet.kernel.store..")
                .layer("bulk").definedBy("org.citynet.kernel.bulk..")
                .layer("backup").definedBy("org.citynet.kernel.backup..")
                .whereLayer("rdf").mayNotAccessAnyLayer()
                .whereLayer("load").mayOnlyAccessLayers("rdf")
                .whereLayer("store").mayOnlyAccessLayers("rdf", "load")
                .whereLayer("bulk").mayOnlyAccessLayers("rdf", "load", "store")
                .whereLayer("backup").mayOnlyAccessLayers("rdf", "load", "store")
                .check(classes);
    }

    @Test
    void kernelHasNoWebOrSpringCode() {
        noClasses().that().resideInAPackage("org.citynet.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "org.eclipse.jetty..", "org.apache.jena.fuseki..", "org.apache.catalina..")
                .because("the kernel runs in the command-line tools and the benchmark without a web server")
                .check(classes);
    }

    /** One store interface: only the wiring of the embedded Fuseki may know that a store lives in this JVM. */
    @Test
    void callersNeverAskWhichKindOfStore() {
        noClasses().that().resideOutsideOfPackages("org.citynet.kernel..")
                .and().doNotHaveFullyQualifiedName("org.citynet.web.sparql.FusekiConfiguration")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.citynet.kernel.store.LocalKnowledgeStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.citynet.kernel.store.RemoteKnowledgeStore")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.citynet.(**)").should().beFreeOfCycles().check(classes);
    }
}
