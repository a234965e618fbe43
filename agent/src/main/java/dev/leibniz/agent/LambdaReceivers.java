package dev.leibniz.agent;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.OnDemand;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Lambda objects: their creator's class file says which body a lambda of this shape runs. */
final class LambdaReceivers {
  private LambdaReceivers() {}

  static boolean isLambda(Class<?> c) {
    return c.isSynthetic() && c.isHidden() && c.getName().contains("$$Lambda");
  }

  /** The lambda's own implementation of its function {@code primal} (what the self-check runs as the primal), or null. */
  static Method sam(Class<?> lambda, String primal) {
    Method sam = null;
    for (Method m : lambda.getDeclaredMethods()) {
      if (m.getName().equals(primal) && !m.isBridge() && !Modifier.isStatic(m.getModifiers())) sam = m;
    }
    return sam;
  }

  /**
   * Whether re-running the lambda would change its caller's state ({@link StateWrites}): a method of
   * its creator that it calls (its body) does; true when its references cannot be read.
   */
  static boolean bodyChangesState(Class<?> lambda, Method sam) {
    Class<?> creator = creator(lambda);
    if (creator == null || creator.getClassLoader() == null) return true; // the JDK's: its operators' state is not read
    String owner = creator.getName().replace('.', '/');
    List<String> refs = ConstantPools.methodsReferredToBy(lambda);
    if (refs == null) refs = bodiesOfItsShape(creator, lambda, sam); // every body it may run
    if (refs.isEmpty()) return true; // its body not found: unknown
    ClassFinder finder = ClassFinder.of(creator.getClassLoader());
    for (String ref : refs) {
      int dot = ref.indexOf('.'), paren = ref.indexOf('(');
      if (dot < 0 || paren < dot || !ref.substring(0, dot).equals(owner)) continue;
      if (StateWrites.changesCallersState(finder, owner, ref.substring(dot + 1, paren), ref.substring(paren))) return true;
    }
    return false;
  }

  /** The creator's {@code lambda$} methods taking the captured values, then the function's parameters ({@code owner.name(desc)}). */
  private static List<String> bodiesOfItsShape(Class<?> creator, Class<?> lambda, Method sam) {
    StringBuilder params = new StringBuilder();
    Field[] fields = captured(lambda);
    int first = fields.length > 0 && fields[0].getType() == creator ? 1 : 0; // an instance body: the receiver captured first
    for (int k = first; k < fields.length; k++) params.append(fields[k].getType().descriptorString());
    for (Class<?> p : sam.getParameterTypes()) params.append(p.descriptorString());
    String desc = "(" + params + ")" + sam.getReturnType().descriptorString();
    List<String> bodies = new ArrayList<>();
    for (Method m : creator.getDeclaredMethods()) {
      String d = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
      if (m.getName().startsWith("lambda$") && d.equals(desc)) bodies.add(creator.getName().replace('.', '/') + "." + m.getName() + d);
    }
    return bodies;
  }

  /**
   * True when the lambda's function takes an {@code Object}, which may be a type variable erased: its companions then
   * depend on the calling class's shadows ({@code OnDemand.ofLambda}), so they are made per caller.
   */
  static boolean mayBeGeneric(Class<?> lambda, String primal) {
    Method sam = sam(lambda, primal);
    return sam != null && Arrays.asList(sam.getParameterTypes()).contains(Object.class);
  }

  static Hidden.Defined define(Class<?> lambda, String primal, String caller, boolean verbose) {
    Class<?> creator = creator(lambda);
    if (creator == null) return Hidden.failed("the class that created " + lambda.getName() + " is not found in its nest");
    Method sam = sam(lambda, primal);
    Class<?> function = null;
    for (Class<?> i : lambda.getInterfaces()) {
      for (Method m : i.getMethods()) {
        if (sam != null && m.getName().equals(primal) && Arrays.equals(m.getParameterTypes(), sam.getParameterTypes())) function = i;
      }
    }
    if (sam == null || function == null) return Hidden.failed(lambda.getName() + " has no method " + primal);
    List<String> captured = new ArrayList<>();
    for (Field f : captured(lambda)) captured.add(f.getType().descriptorString());
    String creatorName = creator.getName().replace('.', '/');
    String samDesc = MethodType.methodType(sam.getReturnType(), sam.getParameterTypes()).toMethodDescriptorString();
    if (creator.getClassLoader() == null) return ofJdk(lambda, creatorName, function, primal, samDesc, captured, verbose);
    OnDemand.Output out = OnDemand.ofLambda(ClassFinder.of(creator.getClassLoader()), creatorName + "$leibniz", creatorName,
        function.getName().replace('.', '/'), primal, samDesc,
        captured, ConstantPools.methodsReferredToBy(lambda), caller == null ? null : caller.replace('.', '/'));
    return Hidden.define(creator, out, verbose ? lambda.getName() + "." + primal : null);
  }

  /**
   * A lambda the JDK made ({@code DoubleUnaryOperator.andThen}'s): its body, copied from the JDK interface's class file
   * ({@link OnDemand#ofJdkLambda}), is differentiated into a hidden class of the agent's own package, the JDK's
   * packages taking none; its captured operators are read through {@link ConstantPools#inJdkLambda}, so it needs the
   * agent's {@code Instrumentation}, which also tells {@code andThen} from {@code compose} (one shape).
   */
  private static Hidden.Defined ofJdk(Class<?> lambda, String creator, Class<?> function, String primal, String samDesc,
      List<String> captured, boolean verbose) {
    if (ConstantPools.inJdkLambda(lambda) == null) {
      return Hidden.failed(lambda.getName() + " was created by the JDK, and the operators it captured cannot be read without"
          + " the agent's Instrumentation (run with -javaagent, or Leibniz.install())");
    }
    OnDemand.Output out = OnDemand.ofJdkLambda(ClassFinder.of(null), JDK_HOST, creator, function.getName().replace('.', '/'),
        primal, samDesc, captured, ConstantPools.methodsReferredToBy(lambda));
    return Hidden.define(LambdaReceivers.class, out, verbose ? lambda.getName() + "." + primal : null);
  }

  /** The class the companions of the JDK's lambdas are hidden nestmates of (a package of the agent's own). */
  private static final String JDK_HOST = LambdaReceivers.class.getName().replace('.', '/') + "$jdk$leibniz";

  /**
   * The forwarder's companion with the lambda's captured values read from its fields (a {@code
   * double} or {@code float} as its bits, as the forwarder takes it): a handle whose first
   * parameter is the lambda object, followed by the companion's own parameters.
   */
  static MethodHandle bindCaptured(MethodHandle h, Class<?> lambda) throws ReflectiveOperationException {
    Field[] fields = captured(lambda);
    MethodHandles.Lookup inJdk = lambda.getClassLoader() == null ? ConstantPools.inJdkLambda(lambda) : null;
    MethodHandles.Lookup inLambda = inJdk != null ? inJdk : MethodHandles.privateLookupIn(lambda, MethodHandles.lookup());
    for (int k = 0; k < fields.length; k++) {
      MethodHandle get = inLambda.unreflectGetter(fields[k]);
      Class<?> t = fields[k].getType();
      if (t == double.class) {
        get = MethodHandles.filterReturnValue(get, MethodHandles.lookup().findStatic(Double.class, "doubleToRawLongBits",
            MethodType.methodType(long.class, double.class)));
      } else if (t == float.class) {
        get = MethodHandles.filterReturnValue(get, MethodHandles.lookup().findStatic(Float.class, "floatToRawIntBits",
            MethodType.methodType(int.class, float.class)));
      }
      h = MethodHandles.filterArguments(h, k, get.asType(MethodType.methodType(h.type().parameterType(k), lambda)));
    }
    MethodType type = h.type().dropParameterTypes(0, fields.length).insertParameterTypes(0, lambda);
    int[] order = new int[h.type().parameterCount()];
    for (int k = 0; k < order.length; k++) order[k] = k < fields.length ? 0 : k - fields.length + 1;
    return fields.length == 0 ? MethodHandles.dropArguments(h, 0, lambda) : MethodHandles.permuteArguments(h, type, order);
  }

  /** The lambda's captured values, in the order of the site's arguments ({@code arg$1}, {@code arg$2}, ...). */
  private static Field[] captured(Class<?> lambda) {
    Field[] fields = Arrays.stream(lambda.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toArray(Field[]::new);
    Arrays.sort(fields, Comparator.comparingInt(f -> {
      String n = f.getName();
      int dollar = n.lastIndexOf('$');
      try {
        return Integer.parseInt(n.substring(dollar + 1));
      } catch (NumberFormatException e) {
        return Integer.MAX_VALUE;
      }
    }));
    return fields;
  }

  /** The class that created a lambda: the member of its nest whose name, followed by {@code $$Lambda}, begins the lambda's. */
  private static Class<?> creator(Class<?> lambda) {
    Class<?> found = null;
    for (Class<?> c : lambda.getNestHost().getNestMembers()) {
      if (lambda.getName().startsWith(c.getName() + "$$Lambda") && (found == null || c.getName().length() > found.getName().length())) {
        found = c;
      }
    }
    return found;
  }
}
