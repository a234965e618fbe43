package dev.leibniz.agent;

import dev.leibniz.core.BoxedViews;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.OnDemand;
import dev.leibniz.core.UnboxedViews;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
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
  /** Where {@code dump=} writes the generated classes, or null. */
  private volatile java.nio.file.Path dump;
  /** Whether {@code check=} is on: generated companions get the self-check too ({@link #checked}). */
  private volatile boolean check;
  /**
   * The agent's options, whose {@code quiet} and {@code nowarn} say which warnings of a generation are printed
   * ({@link #warnings}); null: all. Options, not a predicate over the core's diagnostics: a lambda taking one would load
   * the core at start (StartupIT).
   */
  private volatile Options warningOptions;
  /** The warnings printed: a method's code is generated again for another caller's shadows or receiver's view. */
  private final java.util.Set<String> warned = ConcurrentHashMap.newKeySet();
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

  /**
   * The agent's options that also apply to what is generated here: {@code dump} (the class is
   * written with the others) and {@code check} (the handle is wrapped by the self-check).
   */
  static void configure(java.nio.file.Path dump, boolean check) {
    FirstDispatch f = installed;
    if (f != null) {
      f.dump = dump;
      f.check = check;
    }
  }

  /**
   * Which of the generations' warnings are printed on standard error: the agent's {@code quiet} and {@code nowarn} apply
   * to them as to a loaded class's ({@code CompanionTransformer}).
   */
  public static void warnings(Options options) {
    FirstDispatch f = installed;
    if (f != null) f.warningOptions = options;
  }

  /** Undoes {@link #install} (tests). */
  public static void uninstall() {
    installed = null;
  }

  @Override
  public Object apply(Object[] a) {
    Class<?> caller = ((java.lang.invoke.MethodHandles.Lookup) a[0]).lookupClass();
    Class<?> receiver = (Class<?>) a[1];
    String name = (String) a[2];
    MethodType type = (MethodType) a[3];
    try {
      Object h = companion(caller, receiver, name, type);
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
  private Object companion(Class<?> caller, Class<?> receiver, String name, MethodType type) throws Exception {
    OnDemand.Kind kind = OnDemand.Kind.of(name);
    if (kind == null) {
      return "only $tangent, $adjoint and split adjoint companions are generated at the first call, not " + name;
    }
    boolean tangent = kind == OnDemand.Kind.TANGENT;
    String primal = kind.primal(name);
    if (kind.split()) return split(caller, receiver, name, kind, type);
    if (LambdaReceivers.isLambda(receiver)) {
      String site = LambdaReceivers.mayBeGeneric(receiver, primal) ? shadowsOrigin(caller) : null;
      Hidden.Defined d = once(receiver, "lambda " + primal + (site == null ? "" : " for " + site),
          () -> LambdaReceivers.define(receiver, primal, site, verbose));
      if (site != null && d.lookup() != null) madeFor.put(d.lookup().lookupClass(), site);
      Object h = d.handle(tangent);
      if (!(h instanceof MethodHandle)) return h;
      MethodHandle bound = LambdaReceivers.bindCaptured((MethodHandle) h, receiver);
      if (site != null && bound.type().parameterCount() != type.parameterCount()) return unfitGeneric(receiver, name, bound.type(), type);
      // not sampled when the function may be generic: the check would run the erased function on the site's shadows
      Method sam = check && site == null ? LambdaReceivers.sam(receiver, primal) : null;
      if (sam == null || LambdaReceivers.bodyChangesState(receiver, sam)) return bound; // the check re-runs it: StateWrites
      Object other = d.handle(!tangent);
      return Dumps.checked(bound, other instanceof MethodHandle ? LambdaReceivers.bindCaptured((MethodHandle) other, receiver) : null,
          sam, tangent);
    }
    Method m = Implementations.runs(receiver, primal, type, tangent);
    if (m != null && erasesShadows(caller, m, type)) return noMethod(receiver, primal, name, type);
    if (m == null) {
      String origin = shadowsOrigin(caller);
      Method shadowed = Implementations.runsWithShadows(receiver, primal, type, kind, caller, origin);
      if (shadowed != null) return withShadows(caller, shadowed, kind);
      Method boxing = Implementations.runsUnboxed(receiver, primal, type, kind, caller, origin);
      if (boxing != null) return unboxedView(caller, boxing, kind);
      Method boxed = Implementations.runsBoxed(receiver, primal, type, kind);
      return boxed == null ? noMethod(receiver, primal, name, type) : boxedView(caller, boxed, kind);
    }
    Class<?> owner = m.getDeclaringClass();
    String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    if (owner.getClassLoader() == null || owner.getName().startsWith("java.")) {
      return owner.getName() + "." + primal + " is a JDK method, whose code is not differentiated";
    }
    Hidden.Defined viewed = owner == receiver ? null : fromReceiver(receiver, owner, primal, desc);
    // Otherwise keyed on the class that declares the code: its subclasses that inherit it share one generation.
    Hidden.Defined d = viewed != null ? viewed : once(owner, primal + desc, () -> {
      String internal = owner.getName().replace('.', '/');
      OnDemand.Output out = OnDemand.ofMethod(ClassFinder.of(owner.getClassLoader()), internal + "$leibniz", internal, primal, desc);
      if (dump != null) Dumps.write(dump, owner.getName() + "$leibniz", owner.getName() + "." + primal + desc, out);
      return Hidden.define(owner, out, verbose ? shown(owner.getName(), primal, desc) : null);
    });
    Object h = d.handle(tangent);
    if (h instanceof String && takesOwnShadow(receiver, name, type)) return h + withoutShadow(receiver, primal, type);
    if (!check || !(h instanceof MethodHandle) || m.getReturnType() == Double.class // boxed: the check compares numbers
        || StateWrites.changesCallersState(ClassFinder.of(owner.getClassLoader()), owner.getName().replace('.', '/'), primal, desc)) {
      return h; // unchecked: the check re-runs the method (StateWrites)
    }
    Object other = d.handle(!tangent);
    return Dumps.checked((MethodHandle) h, other instanceof MethodHandle ? (MethodHandle) other : null, m, tangent);
  }

  /**
   * The classes generated here for generic lambdas, each with the class whose shadows it was made with (a site in one
   * calls another lambda with those shadows: Commons Numbers' {@code q -> Math.sqrt(NORMSQ.applyAsDouble(q))}).
   */
  private static final java.util.Map<Class<?>, String> madeFor = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** The class whose shadows a site in {@code caller} passes: its own, or for a class generated here, its maker's. */
  private static String shadowsOrigin(Class<?> caller) {
    String origin = madeFor.get(caller);
    return origin != null ? origin : caller.getName();
  }

  /**
   * A lambda whose function is generic, its companion made for the class it was declared with ({@code
   * ToDoubleFunction<Quaternion>}, {@code OnDemand.ofLambda}), called from a site that passes derivatives of other
   * types: typed {@code Object} there, the argument's shadow is not passed, and the lambda's derivative in it would be lost.
   */
  private static String unfitGeneric(Class<?> lambda, String name, MethodType companion, MethodType site) {
    return lambda.getName() + "'s function is generic: " + name + " was made for the type the lambda was declared with, taking "
        + JavaSignature.parameters(companion.dropParameterTypes(0, 1).toMethodDescriptorString()) + ", where the call passes "
        + JavaSignature.parameters(site.dropParameterTypes(0, 1).toMethodDescriptorString())
        + ", so a derivative would be lost: pass the argument typed with the class the lambda was declared for (an object with a"
        + " shadow), or declare the lambda with a functional interface of your own whose method names that class";
  }

  /** {@code double com.acme.Lorenz.value(double, double[])}: what {@code verbose} prints, in Java syntax. */
  static String shown(String className, String name, String desc) {
    return JavaSignature.type(org.objectweb.asm.Type.getReturnType(desc)) + " " + className + "." + name + JavaSignature.parameters(desc);
  }

  /**
   * The companions of {@code owner.primal(desc)}, inherited by {@code receiver}, generated for
   * receivers of exactly that class when the code's overridable calls on {@code this} run the
   * receiver's own overrides ({@link OnDemand#ofReceiver}); null when they do not (the declaring
   * class's companions then serve). Keyed on the receiver's class, never shared with its
   * subclasses (each gets its own view), and the site links a handle behind a class comparison
   * ({@code Helpers.link}), so they only ever run for receivers of that class.
   */
  private Hidden.Defined fromReceiver(Class<?> receiver, Class<?> owner, String primal, String desc) throws Exception {
    if (receiver.getClassLoader() == null) return null;
    return once(receiver, primal + desc + " inherited from " + owner.getName(), () -> {
      String internal = owner.getName().replace('.', '/');
      OnDemand.Output out = OnDemand.ofReceiver(ClassFinder.of(receiver.getClassLoader()), internal + "$leibniz", internal, primal,
          desc, receiver.getName().replace('.', '/'));
      if (out == null) return null;
      if (dump != null) Dumps.write(dump, owner.getName() + "$leibniz", receiver.getName() + "." + primal + desc, out);
      return Hidden.define(owner, out, verbose ? shown(receiver.getName(), primal, desc) + " (inherited from " + owner.getName() + ")" : null);
    });
  }

  /**
   * The companion of {@code m} for a site of {@code caller} that passes the receiver's shadow (the
   * caller reads the receiver's fields with derivatives: EJML's {@code DMatrixD1.unsafe_get} on a
   * matrix that is an input, so passing no shadow would drop its derivative): generated with the
   * caller's shadow classes ({@link OnDemand#ofMethod(ClassFinder, String, String, String, String,
   * String)}), once per method and calling class. Not wrapped by {@code check=}: the method may
   * read the receiver's state, which the check does not copy.
   */
  private Object withShadows(Class<?> caller, Method m, OnDemand.Kind kind) throws Exception {
    Class<?> owner = m.getDeclaringClass();
    String primal = m.getName();
    String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    if (owner.getClassLoader() == null || owner.getName().startsWith("java.")) {
      return owner.getName() + "." + primal + " is a JDK method, whose code is not differentiated";
    }
    String origin = shadowsOrigin(caller);
    String callerName = origin.replace('.', '/');
    ClassFinder finder = Implementations.finder(owner, caller);
    boolean belowView = belowViews.containsKey(caller);
    Hidden.Defined d = once(owner, primal + desc + " for " + origin + (belowView ? " below a view" : ""), () -> {
      String internal = owner.getName().replace('.', '/');
      OnDemand.Output out = belowView ? OnDemand.ofMethodBelowView(finder, internal + "$leibniz", internal, primal, desc, callerName)
          : OnDemand.ofMethod(finder, internal + "$leibniz", internal, primal, desc, callerName);
      if (dump != null) Dumps.write(dump, owner.getName() + "$leibniz", owner.getName() + "." + primal + desc, out);
      return madeWith(Hidden.define(owner, out, verbose ? shown(owner.getName(), primal, desc) + " (shadows of " + origin + ")" : null),
          origin, belowView);
    });
    return d.handle(kind);
  }

  /**
   * The companion of the unboxed view (core.UnboxedViews) of {@code m}, whose erased {@code Object} result the site of
   * {@code caller} only unboxes as a {@code Double} (la4j's {@code <T> T apply(op, that)}, dispatched twice): generated
   * with the shadow classes of the site's origin, like {@link #withShadows}, once per method and origin. The calls whose
   * results it returns are dispatched again from the class generated here, which keeps that origin ({@link #madeFor}).
   */
  private Object unboxedView(Class<?> caller, Method m, OnDemand.Kind kind) throws Exception {
    Class<?> owner = m.getDeclaringClass();
    String primal = m.getName();
    String desc = UnboxedViews.viewDesc(MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString());
    String origin = shadowsOrigin(caller);
    String internal = owner.getName().replace('.', '/');
    ClassFinder finder = UnboxedViews.withView(Implementations.finder(owner, caller), internal,
        primal, MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString());
    Hidden.Defined d = once(owner, primal + desc + " unboxed for " + origin, () -> {
      OnDemand.Output out = OnDemand.ofUnboxedView(finder, internal + "$leibniz", internal, primal, desc, origin.replace('.', '/'));
      if (dump != null) Dumps.write(dump, owner.getName() + "$leibniz", owner.getName() + "." + primal + desc, out);
      return madeWith(Hidden.define(owner, out, verbose ? shown(owner.getName(), primal, desc) + " (unboxed, shadows of " + origin
          + ")" : null), origin, true);
    });
    return d.handle(kind);
  }

  /**
   * The companion of the {@code double} view (core.BoxedViews) of {@code m}, a method of {@code Double}s only ({@code
   * Double apply(Double)} of a class implementing {@code Function<Double, Double>}), for a site of {@code caller} that
   * gives the boxed function numbers and unboxes its result (core.BoxedFunctionCalls): generated once per method, judged
   * as any dispatched code is (one that writes memory, a memo keeping boxes, is named: OnDemand.ofBoxedView).
   */
  private Object boxedView(Class<?> caller, Method m, OnDemand.Kind kind) throws Exception {
    Class<?> owner = m.getDeclaringClass();
    String primal = m.getName();
    String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    String view = BoxedViews.viewDesc(desc);
    String internal = owner.getName().replace('.', '/');
    ClassFinder finder = BoxedViews.withView(Implementations.finder(owner, caller), internal, primal, desc);
    String callerName = shadowsOrigin(caller).replace('.', '/');
    Hidden.Defined d = once(owner, primal + view + " viewed from " + desc, () -> {
      OnDemand.Output out = OnDemand.ofBoxedView(finder, internal + "$leibniz", internal, primal, desc, callerName);
      if (dump != null) Dumps.write(dump, owner.getName() + "$leibniz", owner.getName() + "." + primal + view, out);
      return Hidden.define(owner, out, verbose ? shown(owner.getName(), primal, view) + " (viewed from " + desc + ")" : null);
    });
    return d.handle(kind);
  }

  /**
   * {@code d}, its class recorded as made with {@code origin}'s shadows, so that its own call sites dispatch with them,
   * and, {@code belowView}, as part of an unboxed view's chain ({@link #belowViews}).
   */
  private static Hidden.Defined madeWith(Hidden.Defined d, String origin, boolean belowView) {
    if (d != null && d.lookup() != null) {
      madeFor.put(d.lookup().lookupClass(), origin);
      if (belowView) belowViews.put(d.lookup().lookupClass(), Boolean.TRUE);
    }
    return d;
  }

  /**
   * The classes generated for an unboxed view (la4j's visitor) and for what their sites reach: there the implementations
   * of abstract getters are judged at their own first dispatch ({@code OnDemand.ofMethodBelowView}).
   */
  private static final java.util.Map<Class<?>, Boolean> belowViews = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /**
   * A sweep of the split adjoint of the strategy implementation {@code receiver} runs (CalleeOracle.strategySplit): the
   * caller's adjoint dispatches its forward sweep at the call and its reverse sweep, on the same receiver, in its own
   * reverse sweep. Both come from one generation ({@link #withShadows}, cached per method and caller), so the reverse
   * reads the tape as the forward wrote it.
   */
  private Object split(Class<?> caller, Class<?> receiver, String name, OnDemand.Kind kind, MethodType type) throws Exception {
    String primal = kind.primal(name);
    if (LambdaReceivers.isLambda(receiver)) {
      return "it is a lambda, and the split adjoint that a strategy's caller needs in reverse mode is generated at the"
          + " first call only for a named class's method; implement the interface in a named class, or use the tangent";
    }
    Method shadowed = Implementations.runsWithShadows(receiver, primal, type, kind, caller, shadowsOrigin(caller));
    return shadowed == null ? noMethod(receiver, primal, name, type) : withShadows(caller, shadowed, kind);
  }

  /**
   * True when {@code m} takes an object that has a shadow where {@code caller} was differentiated, which the site passes
   * with a wider type and without its shadow (a generic interface's method after erasure: {@code score(Object)} called
   * on a class implementing {@code Scorer<Box>} with its {@code score(Box)}): a companion of {@code m} would drop every
   * derivative through that object's fields (issue 13: a wrong tangent with no diagnostic), so the receiver is refused.
   */
  private static boolean erasesShadows(Class<?> caller, Method m, MethodType site) {
    java.util.List<String> narrowed = new java.util.ArrayList<>();
    for (Class<?> p : m.getParameterTypes()) {
      if (!p.isPrimitive() && !p.isArray() && !site.parameterList().contains(p)) narrowed.add(p.getName().replace('.', '/'));
    }
    return !narrowed.isEmpty() && m.getDeclaringClass().getClassLoader() != null
        && OnDemand.anyHasShadows(Implementations.finder(m.getDeclaringClass(), caller), narrowed, caller.getName().replace('.', '/'));
  }

  /**
   * Why no method of {@code receiver} fits the companion the call site asks for, in Java syntax.
   * A site whose second parameter takes the receiver (EJML's {@code DMatrixD1.unsafe_get} called on a
   * matrix with a shadow) asks for a companion that takes the receiver's shadow, made at a first
   * call only from the calling class's file ({@link Implementations#runsWithShadows}).
   */
  static String noMethod(Class<?> receiver, String primal, String name, MethodType type) {
    MethodType companion = type.dropParameterTypes(0, 1);
    String wanted = dev.leibniz.core.JavaSignature.method(receiver.getName().replace('.', '/'), name,
        companion.toMethodDescriptorString());
    if (companion.parameterCount() > 0 && companion.parameterType(0) == Object.class) {
      // not a shadow (Object has no fields): the site passes Object arguments, as a call of a generic interface's
      // method does after erasure (Smile's MercerKernel<double[]>.k(Object, Object), javac's bridge)
      return "the caller needs " + wanted + ": its arguments are passed as Object (a generic interface's method after"
          + " erasure calls javac's bridge), and numbers passed as Object carry no derivatives, so no companion fits;"
          + " declare the receiver with the implementing class (" + receiver.getName() + ") so that the call names its"
          + " own method, or pass the numbers as double parameters or a double[]";
    }
    if (companion.parameterCount() > 0 && companion.parameterType(0).isAssignableFrom(receiver)) {
      return "the caller needs " + wanted + ", which takes the receiver's shadow (a " + companion.parameterType(0).getSimpleName()
          + ") because the calling code reads or writes the receiver's fields with derivatives; at a first call such companions"
          + " are made with the calling class's shadow classes, and none of its methods fits them (the calling class's file"
          + " cannot be read, or its shadows give other types): let the agent transform "
          + receiver.getName() + " as it loads (start it before the class loads), or pass the numbers the method reads"
          + " as double parameters or a double[]";
    }
    return "no method " + primal + " of " + receiver.getName() + " fits " + wanted;
  }

  /**
   * True when a class of {@code receiver}'s chain declares companion {@code name} taking one more
   * parameter than the site passes after the receiver: its own, which takes the receiver's shadow
   * (the method writes its object's fields with derivatives: iirj's {@code DirectFormII.process1}).
   */
  static boolean takesOwnShadow(Class<?> receiver, String name, MethodType site) {
    for (Class<?> c = receiver; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == site.parameterCount()) return true;
      }
    }
    return false;
  }

  /** Why a receiver held without a shadow cannot use its class's companions, which take one. */
  static String withoutShadow(Class<?> receiver, String primal, MethodType site) {
    return "; " + receiver.getSimpleName() + "'s own companions of " + primal + " take the receiver's shadow (its state, written"
        + " with derivatives), but the caller holds this receiver without one (a " + site.parameterType(0).getSimpleName()
        + " read from a field or an array of an object without a shadow): the state written in this call would lose its"
        + " derivative wherever it is read again (the same object may be reached twice), so no companion is given. Pass"
        + " the object as a parameter of the differentiated method, or keep its state in double[] parameters";
  }

  /**
   * Prints what generating {@code d} warned of (a special case whose derivative may be wrong, located in the code it
   * differentiates), each warning once whatever the number of generations of that code (issue 13: never silently wrong).
   */
  private Hidden.Defined warn(Hidden.Defined d) {
    if (d == null || d.out() == null) return d;
    Options options = warningOptions;
    for (dev.leibniz.core.Diagnostic w : d.out().warnings()) {
      boolean shown = options == null || !options.quiet && !options.acknowledged(w);
      if (shown && warned.add(w.message())) System.err.println(w.message());
    }
    return d;
  }

  /** Runs {@code generation} once per class and key, whatever the number of call sites and threads asking. */
  private Hidden.Defined once(Class<?> c, String key, java.util.concurrent.Callable<Hidden.Defined> generation) throws Exception {
    FutureTask<Hidden.Defined> task = made.get(c).computeIfAbsent(key, k -> new FutureTask<>(() -> warn(generation.call())));
    task.run(); // the first caller generates; the others wait for it in get()
    return task.get();
  }
}
