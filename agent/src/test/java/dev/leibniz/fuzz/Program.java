package dev.leibniz.fuzz;

import java.util.List;

/**
 * One generated {@code @Differentiable} static method, its private helpers and its signature.
 *
 * @param index the program's index in its run; with the run's seed it regenerates the program
 * @param name the method name, {@code f<index>}; helpers are named {@code f<index>_h<k>}
 * @param params the parameter kinds, in order
 * @param returns the return kind ({@link ParamKind#VOID} for methods that write arrays)
 * @param source the method and its helpers as Java member declarations
 */
record Program(int index, String name, List<ParamKind> params, ParamKind returns, String source) {

  /** True when any float appears; such programs are checked with float tolerances. */
  boolean usesFloat() {
    return source.contains("float");
  }

  /**
   * The same members with every {@code float} widened to {@code double}: the FD oracle. A float
   * round trip through the bits becomes the identity (same parentheses).
   */
  String shadowSource() {
    return source.replace("Float.intBitsToFloat(Float.floatToIntBits(", "((")
        .replaceAll("\\bfloat\\b", "double").replace("@dev.leibniz.Differentiable ", "");
  }

  /** The user rule classes the program declares ({@code fN_R}), which its batch class names with {@code @DerivativeRules}. */
  List<String> ruleClasses() {
    return java.util.regex.Pattern.compile("public static final class (f\\d+_R) ").matcher(source).results()
        .map(m -> m.group(1)).toList();
  }

  Class<?>[] parameterTypes() {
    return params.stream().map(k -> k.type).toArray(Class<?>[]::new);
  }

  Class<?>[] shadowParameterTypes() {
    return params.stream()
        .map(k -> k == ParamKind.FLOAT ? double.class : k == ParamKind.FLOAT_ARRAY ? double[].class : k.type)
        .toArray(Class<?>[]::new);
  }
}
