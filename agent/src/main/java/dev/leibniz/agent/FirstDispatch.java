package dev.leibniz.agent;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Companions;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Companions generated at the first dispatched call that meets a receiver class without them
 * (docs/architecture.md, "Companions at first dispatch"): an un-annotated implementation of a
 * callback, a class loaded before the agent or by a loader it never saw, a lambda created in a
 * class the agent did not transform. The copied helper {@code leibniz$generated} finds {@link
 * #bridge} by name through the system class loader and passes the call site's lookup, the
 * receiver's class, the companion's name and the site's type; the answer is a handle of that type
 * or a String saying why there is none. The core differentiates the method the receiver's class
 * runs ({@link OnDemand}); the class it returns is defined as a hidden nestmate of the class whose
 * code it is, so private members are reachable. One generation per receiver class, companion and
 * type, shared by every call site and thread (the cache is here, in the agent; generated code
 * keeps nothing).
 */
public final class FirstDispatch implements Function<Object[], Object> {
  private static volatile FirstDispatch installed;
  private final boolean verbose;
  /** Per class whose code is differentiated (or lambda class): by method, the class generated for it. */
  private final ClassValue<ConcurrentHashMap<String, FutureTask<Hidden.Defined>>> made = new ClassValue<>() {
    @Override
    protected ConcurrentHashMap<String, FutureTask<Hidden.Defined>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private FirstDispatch(boolean verbose) {
    this.verbose = verbose;
  }

  /** What {@code leibniz$generated} calls; null when the agent is not running (then helpers say so). */
  public static Function<Object[], Object> bridge() {
    return installed;
  }

  /** Done by the agent when it starts (and by tests that run the core in process, as the agent would). */
  public static void install(boolean verbose) {
    ConstantPools.close(); // without Instrumentation lambdas are told apart by their shape only
    installed = new FirstDispatch(verbose);
  }

  /** {@link #install(boolean)}, with what it takes to tell lambdas of one shape apart ({@link ConstantPools}). */
  public static void install(boolean verbose, java.lang.instrument.Instrumentation inst) {
    installed = new FirstDispatch(verbose);
    ConstantPools.open(inst);
  }

  /** Undoes {@link #install} (tests). */
  public static void uninstall() {
    installed = null;
  }

  @Override
  public Object apply(Object[] a) {
    Class<?> receiver = (Class<?>) a[1];
    String name = (String) a[2];
    MethodType type = (MethodType) a[3];
    try {
      Object h = companion(receiver, name, type);
      return h instanceof MethodHandle ? ((MethodHandle) h).asType(type) : h;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while the companion was generated";
    } catch (ExecutionException e) {
      return "internal error: " + e.getCause();
    } catch (Exception e) { // asType: a site whose types the companion cannot take
      return "the generated companion cannot be linked: " + e;
    }
  }

  /** The companion's handle (its own type: the receiver first), or why there is none. */
  private Object companion(Class<?> receiver, String name, MethodType type) throws Exception {
    boolean tangent = name.endsWith(Companions.TANGENT);
    if (!tangent && !name.endsWith(Companions.ADJOINT)) {
      return "only $tangent and $adjoint companions are generated at the first call, not " + name;
    }
    String primal = name.substring(0, name.length() - (tangent ? Companions.TANGENT : Companions.ADJOINT).length());
    if (Lambdas.isLambda(receiver)) {
      Hidden.Defined d = once(receiver, "lambda " + primal, () -> Lambdas.define(receiver, primal, verbose));
      Object h = d.handle(tangent);
      return h instanceof MethodHandle ? Lambdas.bindCaptured((MethodHandle) h, receiver) : h;
    }
    Method m = Implementations.runs(receiver, primal, type, tangent);
    if (m == null) {
      return "no method " + primal + " of " + receiver.getName() + " has a " + name + " of type " + type.dropParameterTypes(0, 1);
    }
    Class<?> owner = m.getDeclaringClass();
    String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    if (owner.getClassLoader() == null || owner.getName().startsWith("java.")) {
      return owner.getName() + "." + primal + " is a JDK method, whose code is not differentiated";
    }
    // Keyed on the class that declares the code: its subclasses that inherit it share one generation.
    Hidden.Defined d = once(owner, primal + desc, () -> {
      String internal = owner.getName().replace('.', '/');
      OnDemand.Output out = OnDemand.ofMethod(ClassFinder.of(owner.getClassLoader()), internal + "$leibniz", internal, primal, desc);
      return Hidden.define(owner, out, verbose ? owner.getName() + "." + primal + desc : null);
    });
    return d.handle(tangent);
  }

  /** Runs {@code generation} once per class and key, whatever the number of call sites and threads asking. */
  private Hidden.Defined once(Class<?> c, String key, java.util.concurrent.Callable<Hidden.Defined> generation) throws Exception {
    FutureTask<Hidden.Defined> task = made.get(c).computeIfAbsent(key, k -> new FutureTask<>(generation));
    task.run(); // the first caller generates; the others wait for it in get()
    return task.get();
  }

  /** Which method an instance of a class runs for a call of the given companion. */
  static final class Implementations {
    private Implementations() {}

    /**
     * The method {@code primal} that an instance of {@code receiver} runs and whose companion has the
     * site's type (the receiver first; a class the caller cannot name appears there as Object); null
     * when none has.
     */
    static Method runs(Class<?> receiver, String primal, MethodType site, boolean tangent) {
      MethodType wanted = site.dropParameterTypes(0, 1);
      for (Method m : candidates(receiver, primal)) {
        String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
        String companion = tangent ? Companions.tangentDesc(desc) : Companions.adjointDesc(desc);
        if (fits(MethodType.fromMethodDescriptorString(companion, receiver.getClassLoader()), wanted)) return m;
      }
      return null;
    }

    /** The methods named {@code primal} with code that instances of {@code receiver} may run, nearest first. */
    private static List<Method> candidates(Class<?> receiver, String primal) {
      List<Method> out = new ArrayList<>();
      List<List<Class<?>>> params = new ArrayList<>();
      for (Class<?> c = receiver; c != null; c = c.getSuperclass()) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(primal) && !m.isBridge() && !Modifier.isStatic(m.getModifiers())
              && !Modifier.isAbstract(m.getModifiers()) && !params.contains(Arrays.asList(m.getParameterTypes()))) {
            params.add(Arrays.asList(m.getParameterTypes()));
            out.add(m);
          }
        }
      }
      for (Method m : receiver.getMethods()) { // default methods not overridden by a class
        if (m.getName().equals(primal) && m.isDefault() && !params.contains(Arrays.asList(m.getParameterTypes()))) {
          params.add(Arrays.asList(m.getParameterTypes()));
          out.add(m);
        }
      }
      return out;
    }

    private static boolean fits(MethodType companion, MethodType site) {
      if (companion.parameterCount() != site.parameterCount()) return false;
      for (int k = 0; k <= companion.parameterCount(); k++) {
        Class<?> c = k < companion.parameterCount() ? companion.parameterType(k) : companion.returnType();
        Class<?> s = k < site.parameterCount() ? site.parameterType(k) : site.returnType();
        if (c != s && !(s == Object.class && !c.isPrimitive())) return false;
      }
      return true;
    }
  }

  /** Lambda objects: their creator's class file says which body a lambda of this shape runs. */
  static final class Lambdas {
    private Lambdas() {}

    static boolean isLambda(Class<?> c) {
      return c.isSynthetic() && c.isHidden() && c.getName().contains("$$Lambda");
    }

    static Hidden.Defined define(Class<?> lambda, String primal, boolean verbose) {
      Class<?> creator = creator(lambda);
      if (creator == null) return Hidden.failed("the class that created " + lambda.getName() + " is not found in its nest");
      if (creator.getClassLoader() == null) return Hidden.failed(lambda.getName() + " was created by the JDK, whose code is not differentiated");
      Method sam = null;
      for (Method m : lambda.getDeclaredMethods()) {
        if (m.getName().equals(primal) && !m.isBridge() && !Modifier.isStatic(m.getModifiers())) sam = m;
      }
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
      OnDemand.Output out = OnDemand.ofLambda(ClassFinder.of(creator.getClassLoader()), creatorName + "$leibniz", creatorName,
          function.getName().replace('.', '/'), primal, MethodType.methodType(sam.getReturnType(), sam.getParameterTypes()).toMethodDescriptorString(),
          captured, ConstantPools.methodsReferredToBy(lambda));
      return Hidden.define(creator, out, verbose ? lambda.getName() + "." + primal : null);
    }

    /**
     * The forwarder's companion with the lambda's captured values read from its fields (a {@code
     * double} or {@code float} as its bits, as the forwarder takes it): a handle whose first
     * parameter is the lambda object, followed by the companion's own parameters.
     */
    static MethodHandle bindCaptured(MethodHandle h, Class<?> lambda) throws ReflectiveOperationException {
      Field[] fields = captured(lambda);
      MethodHandles.Lookup inLambda = MethodHandles.privateLookupIn(lambda, MethodHandles.lookup());
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
}
