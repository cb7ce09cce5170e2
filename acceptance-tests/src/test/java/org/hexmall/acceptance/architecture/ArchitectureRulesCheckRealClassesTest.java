package org.hexmall.acceptance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.acceptance.architecture.AdapterSlices.adapterOf;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * An architecture rule about a package that holds no classes passes without checking anything: a
 * renamed package or a typo would silently switch the rule off. These tests make sure that cannot
 * happen here.
 */
@ResourceLock(HexmallClasses.READING)
class ArchitectureRulesCheckRealClassesTest {

    private static final JavaClasses HEXMALL_CLASSES = HexmallClasses.PRODUCTION;

    @ParameterizedTest(name = "{0} holds classes")
    @FieldSource("org.hexmall.acceptance.architecture.HexmallPackages#NAMED_IN_RULES")
    void everyPackageARuleNamesHoldsClasses(String packagePattern) {
        PackageMatcher matcher = PackageMatcher.of(packagePattern);

        assertThat(HEXMALL_CLASSES.stream().map(JavaClass::getPackageName).filter(matcher::matches))
                .as("classes in %s", packagePattern)
                .isNotEmpty();
    }

    @Test
    void theRulesSeeNoneOfTheClassesThatBreakThemOnPurpose() {
        assertThat(HEXMALL_CLASSES.stream().map(JavaClass::getName))
                .as("classes the real rules check")
                .isNotEmpty()
                .noneMatch(name -> name.contains(".violations."));
    }

    /**
     * The adapters are found by their package names ({@link AdapterSlices}); each adapter is also a module of its
     * own. If the two disagreed, the rule that adapters never depend on each other would miss an arrow (two
     * adapters read as one) or see arrows inside one adapter.
     */
    @Test
    void eachAdapterFoundByItsPackageIsAModuleOfItsOwn() {
        Map<String, Set<String>> adaptersByModule = HEXMALL_CLASSES.stream()
                .filter(javaClass -> adapterOf(javaClass).isPresent())
                .collect(Collectors.groupingBy(ArchitectureRulesCheckRealClassesTest::moduleOf,
                        Collectors.mapping(javaClass -> adapterOf(javaClass).orElseThrow(), Collectors.toSet())));

        assertThat(adaptersByModule).as("adapters by module").hasSizeGreaterThan(1);
        assertThat(adaptersByModule.values()).as("adapters by module: %s", adaptersByModule)
                .allSatisfy(adapters -> assertThat(adapters).hasSize(1));
        assertThat(adaptersByModule.values().stream().flatMap(Set::stream))
                .as("adapters by module: %s", adaptersByModule)
                .doesNotHaveDuplicates();
    }

    @Test
    void aRuleAboutAPackageWithoutClassesFailsInsteadOfPassing() {
        ArchRule ruleAboutNothing = noClasses()
                .that().resideInAPackage("org.hexmall.nonexistent..")
                .should().dependOnClassesThat().resideInAPackage("org.hexmall.adapter..");

        assertThatThrownBy(() -> ruleAboutNothing.check(HEXMALL_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void aSlicesRuleAboutAPackageWithoutClassesFailsInsteadOfPassing() {
        ArchRule ruleAboutNothing = slices()
                .matching("org.hexmall.nonexistent.(*)..")
                .should().notDependOnEachOther();

        assertThatThrownBy(() -> ruleAboutNothing.check(HEXMALL_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    /**
     * The jar or classes directory a class was loaded from, which is the module that built it: a jar's path ends at
     * its "!/" (in the local Maven repository the path to the jar holds "/org/hexmall/" too), a directory's before the
     * class's package.
     */
    private static String moduleOf(JavaClass javaClass) {
        String location = javaClass.getSource().map(Source::getUri).orElseThrow().toString();
        int insideAJar = location.indexOf("!/");
        return location.substring(0, insideAJar >= 0 ? insideAJar : location.indexOf("/org/hexmall/"));
    }
}
