package dev.leibniz.agent;

import java.lang.invoke.MethodHandles;
import java.util.function.Function;

/**
 * A private lookup in a lambda class the JDK made in {@code java.util.function} ({@code DoubleUnaryOperator.andThen}'s),
 * whose captured operators a companion generated at its first call is bound to ({@link LambdaReceivers#bindCaptured}).
 * {@code java.base} opens that package to nobody, so this class runs in the class loader of its own that {@link
 * ConstantPools} sets up, to which the agent opens {@code java.util.function} (and to nothing else); it references only
 * java.base and never an agent class. Null for any other class, or when the JDK does not allow it.
 */
public final class JdkLambdaAccess implements Function<Class<?>, MethodHandles.Lookup> {
  @Override
  public MethodHandles.Lookup apply(Class<?> c) {
    if (!c.isHidden() || !c.getPackageName().equals("java.util.function") || !c.getName().contains("$$Lambda")) return null;
    try {
      return MethodHandles.privateLookupIn(c, MethodHandles.lookup());
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
