package org.hexmall.acceptance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * An architecture rule about a package that holds no classes passes without checking anything: a
 * renamed package or a typo would silently switch the rule off. These tests make sure that cannot
 * happen here.
 */
class ArchitectureRulesCheckRealClassesTest {

    private static final JavaClasses HEXMALL_CLASSES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(HexmallPackages.HEXMALL);

    @ParameterizedTest(name = "{0} holds classes")
    @FieldSource("org.hexmall.acceptance.architecture.HexmallPackages#NAMED_IN_RULES")
    void everyPackageARuleNamesHoldsClasses(String packagePattern) {
        PackageMatcher matcher = PackageMatcher.of(packagePattern);

        assertThat(HEXMALL_CLASSES.stream().map(JavaClass::getPackageName).filter(matcher::matches))
                .as("classes in %s", packagePattern)
                .isNotEmpty();
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
}
