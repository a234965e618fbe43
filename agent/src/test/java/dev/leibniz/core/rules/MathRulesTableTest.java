package dev.leibniz.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code java.lang.Math}, made on first use ({@link MathRules#javaRule}): every function
 * the table had when it was built at class initialisation still has its rule, with the same flags
 * (singular, selecting, zero); functions without one have none; a rule is made once. The formulas
 * themselves are checked against finite differences and Hipparchus by MathRulesTest.
 */
class MathRulesTableTest {
  private static final List<String> RULES = List.of(
      "sin(D)D", "cos(D)D", "tan(D)D", "asin(D)D", "acos(D)D", "atan(D)D", "sinh(D)D", "cosh(D)D", "tanh(D)D",
      "exp(D)D", "expm1(D)D", "log(D)D", "log10(D)D", "log1p(D)D", "sqrt(D)D", "cbrt(D)D", "toRadians(D)D",
      "toDegrees(D)D", "nextUp(D)D", "nextDown(D)D", "nextUp(F)F", "nextDown(F)F", "nextAfter(DD)D", "nextAfter(FD)F",
      "abs(D)D", "abs(F)F", "atan2(DD)D", "hypot(DD)D", "pow(DD)D", "max(DD)D", "min(DD)D", "copySign(DD)D",
      "fma(DDD)D", "max(FF)F", "min(FF)F", "copySign(FF)F", "fma(FFF)F", "scalb(DI)D", "scalb(FI)F",
      "IEEEremainder(DD)D", "floor(D)D", "ceil(D)D", "rint(D)D", "signum(D)D", "ulp(D)D", "signum(F)F", "ulp(F)F",
      "round(D)J", "round(F)I");
  private static final Set<String> SINGULAR = Set.of("asin", "acos", "log", "log10", "log1p", "sqrt", "cbrt", "atan2",
      "hypot", "pow", "exp", "expm1", "sinh", "cosh", "scalb", "IEEEremainder");
  private static final Set<String> ZERO = Set.of("floor", "ceil", "rint", "signum", "ulp", "round");

  @Test
  void everyFunctionOfTheTableHasItsRuleWithItsFlags() {
    for (String key : RULES) {
      String name = key.substring(0, key.indexOf('(')), desc = key.substring(key.indexOf('('));
      DerivativeRule r = MathRules.javaRule(name, desc);
      assertNotNull(r, key);
      assertEquals(SINGULAR.contains(name), r.singular(), key + " singular");
      assertEquals(ZERO.contains(name), r.isZero(), key + " zero");
      assertEquals(name.equals("max") || name.equals("min") || name.equals("abs"), r.selecting(), key + " selecting");
    }
  }

  @Test
  void aRuleIsMadeOnceAndSharedByLaterLookUps() {
    assertSame(MathRules.javaRule("sin", "(D)D"), MathRules.javaRule("sin", "(D)D"));
    assertSame(MathRules.javaRule("pow", "(DD)D"), MathRules.javaRule("pow", "(DD)D"));
  }

  @Test
  void functionsWithoutARuleHaveNone() {
    for (String key : List.of("sin(F)F", "round(D)D", "floorMod(II)I", "fma(DDF)D", "pow(FF)F", "atan2(FF)F",
        "random()D", "exp(F)F", "nextAfter(FF)F", "scalb(DJ)D", "abs(I)I", "max(II)I")) {
      String name = key.substring(0, key.indexOf('(')), desc = key.substring(key.indexOf('('));
      assertNull(MathRules.javaRule(name, desc), key);
    }
  }

  @Test
  void theRulesAreMadeOnFirstUseNotWhenTheClassInitialises() throws Exception {
    // no lambda is linked by the class's initialiser: it has no static lambda fields, and its static
    // initialiser creates nothing but the (empty) map and the set of singular functions
    for (var f : MathRules.class.getDeclaredFields()) {
      assertFalse(DerivativeRule.class.isAssignableFrom(f.getType()), f.getName());
    }
    assertTrue(MathRules.javaRule("tanh", "(D)D") != null);
  }
}
