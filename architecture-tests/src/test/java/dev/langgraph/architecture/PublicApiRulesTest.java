package dev.langgraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;

/** What users see: unchecked exceptions only, and no Jackson or HTTP library type in a public signature. */
@AnalyzeClasses(packages = "dev.langgraph.client", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiRulesTest {

    private static final DescribedPredicate<JavaMethod> PUBLIC_API_METHOD = new DescribedPredicate<>(
            "public methods of public, non-internal classes") {
        @Override
        public boolean test(JavaMethod m) {
            JavaClass owner = m.getOwner();
            return m.getModifiers().contains(JavaModifier.PUBLIC)
                    && owner.getModifiers().contains(JavaModifier.PUBLIC)
                    && !owner.getPackageName().contains(".internal");
        }
    };

    @ArchTest
    static final ArchRule publicMethodsThrowNoCheckedException = methods()
            .that(PUBLIC_API_METHOD)
            .should(new ArchCondition<>("declare only unchecked exceptions") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getThrowsClause().getTypes().forEach(t -> {
                        if (!t.isAssignableTo(RuntimeException.class) && !t.isAssignableTo(Error.class)) {
                            events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " declares checked " + t.getName()));
                        }
                    });
                }
            });

    @ArchTest
    static final ArchRule publicSignaturesExposeNoLibraryType = methods()
            .that(PUBLIC_API_METHOD)
            .should(new ArchCondition<>("expose no Jackson, SLF4J or HTTP library type") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                            .filter(t -> t.getPackageName().startsWith("com.fasterxml")
                                    || t.getPackageName().startsWith("org.slf4j")
                                    || t.getPackageName().startsWith("org.apache.hc")
                                    || t.getPackageName().startsWith("io.vertx"))
                            .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " exposes " + t.getName())));
                }
            });

    @ArchTest
    static final ArchRule exceptionsAreUnchecked = classes()
            .that().resideInAPackage("dev.langgraph.client.errors..")
            .and().areAssignableTo(Throwable.class)
            .should().beAssignableTo(RuntimeException.class);
}
