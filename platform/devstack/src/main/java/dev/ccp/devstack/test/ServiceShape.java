package dev.ccp.devstack.test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.List;

/**
 * The one shape every service has: features first ({@code dev.ccp.<service>.<feature>}), then the layers a feature
 * needs ({@code api}, {@code application}, {@code domain}, {@code infrastructure}), plus one {@code config} package.
 * Each service's architecture test checks its own classes against these rules.
 */
public final class ServiceShape {
    private static final String[] LAYERS = {"api", "application", "domain", "infrastructure"};

    private final String base;

    private ServiceShape(String base) {
        this.base = base;
    }

    /** The rules for the service whose classes live under {@code basePackage}, e.g. {@code dev.ccp.listing}. */
    public static ServiceShape of(String basePackage) {
        return new ServiceShape(basePackage);
    }

    public List<ArchRule> rules() {
        return List.of(featureFirstThenLayer(), dependsOnlyOnItselfAndThePlatform(), applicationNeverImportsApi(),
                domainNeverImportsApiOrInfrastructure(), featuresFreeOfCycles(), statusChangedOnlyByItsOwner());
    }

    /** Every class sits in a feature's layer, or in the service's one config package. */
    public ArchRule featureFirstThenLayer() {
        String[] allowed = new String[LAYERS.length + 1];
        for (int i = 0; i < LAYERS.length; i++) {
            allowed[i] = base + ".*." + LAYERS[i] + "..";
        }
        allowed[LAYERS.length] = base + ".config..";
        return classes().that().resideInAPackage(base + "..")
                .should().resideInAnyPackage(allowed)
                .because("a service is feature first, then layer: " + base + ".<feature>.{api,application,domain,"
                        + "infrastructure} and " + base + ".config");
    }

    /**
     * A service never imports another service: only its own code, the platform's contracts and core, and the REST
     * clients generated from the other services' OpenAPI documents (dev.ccp.client), which are calls over REST.
     */
    public ArchRule dependsOnlyOnItselfAndThePlatform() {
        return noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat(resideInAPackage("dev.ccp..")
                        .and(describe("outside " + base + ", dev.ccp.core, dev.ccp.contracts and dev.ccp.client",
                                c -> !resideInAnyPackage(base + "..", "dev.ccp.core..", "dev.ccp.contracts..",
                                        "dev.ccp.client..").test(c))))
                .because("services talk over REST and Kafka, never through each other's classes");
    }

    /** Resources turn requests into commands or plain arguments; use cases never see an API record. */
    public ArchRule applicationNeverImportsApi() {
        return noClasses().that().resideInAPackage(base + ".*.application..")
                .should().dependOnClassesThat().resideInAPackage(base + ".*.api..")
                .because("application takes commands or plain values, never api records");
    }

    public ArchRule domainNeverImportsApiOrInfrastructure() {
        return noClasses().that().resideInAPackage(base + ".*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".*.api..", base + ".*.infrastructure..")
                .because("the domain knows neither the API nor how it is stored or sent");
    }

    public ArchRule featuresFreeOfCycles() {
        return slices().matching(base + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
    }

    /** An aggregate changes its own state ({@code seller.close()}), nobody sets its status from outside. */
    public ArchRule statusChangedOnlyByItsOwner() {
        ArchCondition<com.tngtech.archunit.core.domain.JavaClass> setsAnotherClassStatus = ArchConditions.setFieldWhere(
                describe("a status field of another class", (JavaFieldAccess access) ->
                        access.getAccessType() == AccessType.SET
                                && access.getName().equals("status")
                                && !access.getTargetOwner().equals(access.getOriginOwner())));
        return noClasses().that().resideInAPackage(base + "..").should(setsAnotherClassStatus)
                .because("state transitions belong to the aggregate's own methods");
    }
}
