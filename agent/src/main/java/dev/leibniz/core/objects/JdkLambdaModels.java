package dev.leibniz.core.objects;

import java.util.function.IntToDoubleFunction;

/**
 * Java code standing for JDK methods that take a lambda, never called: {@link JdkLambdaCalls}
 * lifts these bodies from this class file and splices them where the JDK method is called with a
 * lambda capturing numbers, so that the lambda's calls are in the graph and it becomes its body.
 * Each computes what the JDK method computes, in the same order of operations (so the same
 * rounding); the generated code references nothing of this class.
 */
final class JdkLambdaModels {
  private JdkLambdaModels() {}

  /** {@code java.util.Arrays.setAll(double[], IntToDoubleFunction)}: in index order. */
  static void setAll(double[] array, IntToDoubleFunction generator) {
    for (int i = 0; i < array.length; i++) array[i] = generator.applyAsDouble(i);
  }

}
