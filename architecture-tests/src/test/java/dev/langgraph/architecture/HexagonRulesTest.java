package dev.langgraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries: the api knows no HTTP library, adapters know only the public api and their library. */
@AnalyzeClasses(packages = "dev.langgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonRulesTest {

    @ArchTest
    static final ArchRule apiUsesNoHttpOrServerLibrary = noClasses()
            .that().resideInAPackage("dev.langgraph.client..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.hc..", "io.vertx..", "io.netty..", "jakarta.servlet..", "com.nimbusds..",
                    "java.net.http..", "okhttp3..")
            .because("the api module is the port: HTTP lives in the transport adapters");

    @ArchTest
    static final ArchRule apiDoesNotKnowItsAdapters = noClasses()
            .that().resideInAPackage("dev.langgraph.client..")
            .should().dependOnClassesThat().resideInAPackage("dev.langgraph.transport..");

    @ArchTest
    static final ArchRule adaptersUseOnlyThePublicApiAndTheirLibrary = classes()
            .that().resideInAPackage("dev.langgraph.transport.httpclient5..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "dev.langgraph.transport.httpclient5..",
                    "dev.langgraph.client.transport..",
                    "dev.langgraph.client.errors..",
                    "org.apache.hc..",
                    "org.slf4j..",
                    "java..", "javax.net..")
            .because("an adapter only turns the transport SPI into its library's calls");

    @ArchTest
    static final ArchRule vertxAdapterUsesOnlyThePublicApiAndVertx = classes()
            .that().resideInAPackage("dev.langgraph.transport.vertx..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "dev.langgraph.transport.vertx..",
                    "dev.langgraph.client.transport..",
                    "dev.langgraph.client.errors..",
                    "io.vertx..", "io.netty..",
                    "org.slf4j..",
                    "java..", "javax.net..")
            .because("an adapter only turns the transport SPI into its library's calls");

    @ArchTest
    static final ArchRule testkitServerDoesNotUseClientModels = noClasses()
            .that().resideInAPackage("dev.langgraph.testkit.internal..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.langgraph.client.assistants..", "dev.langgraph.client.threads..",
                    "dev.langgraph.client.runs..", "dev.langgraph.client.crons..", "dev.langgraph.client.store..",
                    "dev.langgraph.client.common..", "dev.langgraph.client.streaming..")
            .because("the fake server has its own JSON handling, so a client serialization bug cannot hide");

    @ArchTest
    static final ArchRule authKnowsNothingOfTheClient = noClasses()
            .that().resideInAPackage("dev.langgraph.auth..")
            .should().dependOnClassesThat().resideInAPackage("dev.langgraph.client..")
            .because("server-side auth is its own model; it must not drag the client in");

    @ArchTest
    static final ArchRule authCoreUsesNoServletOrJwtLibrary = noClasses()
            .that().resideInAPackage("dev.langgraph.auth..")
            .and().resideOutsideOfPackage("dev.langgraph.auth.servlet..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "com.nimbusds..",
                    "com.fasterxml..")
            .because("the auth core is plain Java; adapters bring the libraries");

    @ArchTest
    static final ArchRule onlyTheJwtPackageUsesNimbus = noClasses()
            .that().resideOutsideOfPackage("dev.langgraph.auth.servlet.jwt..")
            .should().dependOnClassesThat().resideInAPackage("com.nimbusds..")
            .because("Nimbus is optional: only users of the JWT authenticator need it");

    @ArchTest
    static final ArchRule nobodyReachesIntoAnotherModulesInternals = noClasses()
            .that().resideOutsideOfPackage("dev.langgraph.client..")
            .should().dependOnClassesThat().resideInAPackage("dev.langgraph.client..internal..")
            .because("internal packages are private to their module");

    @ArchTest
    static final ArchRule httpclient5InternalsStayInTheAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.langgraph.transport.httpclient5..")
            .should().dependOnClassesThat().resideInAPackage("dev.langgraph.transport.httpclient5.internal..");

    @ArchTest
    static final ArchRule vertxInternalsStayInTheAdapter = noClasses()
            .that().resideOutsideOfPackage("dev.langgraph.transport.vertx..")
            .should().dependOnClassesThat().resideInAPackage("dev.langgraph.transport.vertx.internal..");

    @ArchTest
    static final ArchRule authInternalsStayInAuth = noClasses()
            .that().resideOutsideOfPackage("dev.langgraph.auth")
            .and().resideOutsideOfPackage("dev.langgraph.auth.values..")
            .and().resideOutsideOfPackage("dev.langgraph.auth.internal..")
            .should().dependOnClassesThat().resideInAPackage("dev.langgraph.auth.internal..");

    @ArchTest
    static final ArchRule testkitInternalsStayInTheTestkit = noClasses()
            .that().resideOutsideOfPackage("dev.langgraph.testkit..")
            .should().dependOnClassesThat().resideInAPackage("dev.langgraph.testkit.internal..");
}
