package org.hexmall.acceptance.architecture;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A class of architecture rules. Each of its {@code static final ArchRule} constants is a test of its own, named
 * after the constant and checked against hexmall's production classes ({@link HexmallClasses}).
 *
 * <p>The rules classes are JUnit Jupiter classes, so they run beside the browser classes rather than alone before
 * them, as ArchUnit's own test engine would run them; and they share one import of the classes with
 * {@link ArchitectureRulesCheckRealClassesTest}. One rules class checks at a time, so no two read the imported
 * classes at once.
 */
@ResourceLock(HexmallClasses.READING)
abstract class ArchitectureRules {

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        List<Field> rules = Arrays.stream(getClass().getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ArchRule.class)
                .toList();
        if (rules.isEmpty()) {
            throw new IllegalStateException(getClass().getSimpleName() + " declares no static final ArchRule");
        }
        return rules.stream()
                .map(field -> dynamicTest(field.getName(), () -> ruleIn(field).check(HexmallClasses.PRODUCTION)));
    }

    private static ArchRule ruleIn(Field field) throws IllegalAccessException {
        field.setAccessible(true);
        return (ArchRule) field.get(null);
    }
}
