package dev.leibniz.agent;

import dev.leibniz.core.BoxedViews;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Companions;
import dev.leibniz.core.OnDemand;
import dev.leibniz.core.UnboxedViews;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Which method an instance of a class runs for a call of the given companion. */
final class Implementations {
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
      if (fits(unboxed(MethodType.fromMethodDescriptorString(companion, receiver.getClassLoader()), wanted, tangent), wanted)) return m;
    }
    return null;
  }

  /**
   * As {@link #runs}, for a site whose companion takes shadows (the receiver's, a parameter's): the method whose
   * companion, with the shadow classes of {@code caller}'s differentiation, has the site's type;
   * null when none has or the caller's class file cannot be read.
   */
  static Method runsWithShadows(Class<?> receiver, String primal, MethodType site, OnDemand.Kind kind, Class<?> caller) {
    return runsWithShadows(receiver, primal, site, kind, caller, caller.getName());
  }

  /** The same, the shadow classes those of {@code origin}'s differentiation (a class generated at a first dispatch: its maker's). */
  static Method runsWithShadows(Class<?> receiver, String primal, MethodType site, OnDemand.Kind kind, Class<?> caller, String origin) {
    MethodType wanted = site.dropParameterTypes(0, 1);
    // the receiver's shadow (a getter on an input), or a parameter's (a strategy writing the state it is given,
    // CalleeOracle.strategyMutator, whose split adjoint too): either way only the caller's shadow classes say which fits
    if (wanted.parameterCount() == 0) return null;
    for (Method m : candidates(receiver, primal)) {
      if (m.getDeclaringClass().getClassLoader() == null) continue;
      String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
      String owner = m.getDeclaringClass().getName().replace('.', '/');
      String[] descs = OnDemand.companionDescs(finder(m.getDeclaringClass(), caller), owner, desc, origin.replace('.', '/'));
      if (descs == null) return null;
      MethodType companion = MethodType.fromMethodDescriptorString(descs[kind.ordinal()], m.getDeclaringClass().getClassLoader());
      boolean joint = kind == OnDemand.Kind.TANGENT || kind == OnDemand.Kind.ADJOINT;
      MethodType own = companion.dropParameterTypes(0, 1);
      if (fits(joint ? unboxed(own, wanted, kind == OnDemand.Kind.TANGENT) : own, wanted)) return m;
    }
    return null;
  }

  /**
   * At a site that sees the call with a {@code double} result (core.BoxedResultCalls), the method with code whose erased
   * {@code Object} result the caller only unboxes (la4j's {@code <T> T apply(op, that)} of the receiver's class) and whose
   * unboxed view (core.UnboxedViews) has, with {@code origin}'s shadow classes, a companion of the site's type; or null.
   */
  static Method runsUnboxed(Class<?> receiver, String primal, MethodType site, OnDemand.Kind kind, Class<?> caller, String origin) {
    MethodType wanted = site.dropParameterTypes(0, 1);
    if (site.returnType() != double.class || (kind != OnDemand.Kind.TANGENT && kind != OnDemand.Kind.ADJOINT)) return null;
    for (Method m : candidates(receiver, primal)) {
      if (m.getReturnType() != Object.class || m.getDeclaringClass().getClassLoader() == null) continue;
      String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
      String owner = m.getDeclaringClass().getName().replace('.', '/');
      ClassFinder viewed = UnboxedViews.withView(finder(m.getDeclaringClass(), caller), owner, primal, desc);
      String[] descs = OnDemand.companionDescs(viewed, owner, UnboxedViews.viewDesc(desc), origin.replace('.', '/'));
      if (descs == null) return null;
      MethodType companion = MethodType.fromMethodDescriptorString(descs[kind.ordinal()], m.getDeclaringClass().getClassLoader());
      if (fits(companion.dropParameterTypes(0, 1), wanted)) return m;
    }
    return null;
  }

  /**
   * At a site that sees a boxed function's call with {@code double}s (core.BoxedFunctionCalls: {@code f.apply(x)} on a
   * {@code Function<Double, Double>}), the method with code of {@code Double}s only ({@code Double apply(Double)} of a
   * class implementing it) whose {@code double} view (core.BoxedViews) has a companion of the site's type; or null.
   */
  static Method runsBoxed(Class<?> receiver, String primal, MethodType site, OnDemand.Kind kind) {
    MethodType wanted = site.dropParameterTypes(0, 1);
    if (site.returnType() != double.class || (kind != OnDemand.Kind.TANGENT && kind != OnDemand.Kind.ADJOINT)) return null;
    for (Method m : candidates(receiver, primal)) {
      String view = BoxedViews.viewDesc(MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString());
      if (view == null || m.getDeclaringClass().getClassLoader() == null) continue;
      String companion = kind == OnDemand.Kind.TANGENT ? Companions.tangentDesc(view) : Companions.adjointDesc(view);
      if (fits(MethodType.fromMethodDescriptorString(companion, null), wanted)) return m;
    }
    return null;
  }

  /** Class files through the loader of the code's class, then through the caller's (whose own class file it needs). */
  static ClassFinder finder(Class<?> owner, Class<?> caller) {
    ClassFinder own = ClassFinder.of(owner.getClassLoader());
    ClassFinder calling = ClassFinder.of(caller.getClassLoader());
    return name -> {
      byte[] b = own.find(name);
      return b != null ? b : calling.find(name);
    };
  }

  /** The methods named {@code primal} with code that instances of {@code receiver} may run, nearest first. */
  private static List<Method> candidates(Class<?> receiver, String primal) {
    List<Method> out = new ArrayList<>();
    List<List<Class<?>>> params = new ArrayList<>();
    for (Class<?> c = receiver; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        // a private method is never what a virtual or interface call selects
        if (m.getName().equals(primal) && !m.isBridge() && !Modifier.isStatic(m.getModifiers()) && !Modifier.isPrivate(m.getModifiers())
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

  /**
   * The companion of a method whose result is a {@code Double} (the contract's boxed form: the tangent returned as a
   * {@code Double}, the adjoint's seed taken and its primal returned as one), as a site that sees the call with a {@code
   * double} result takes it (core.BoxedResultCalls: {@code op.apply(a, b)} of an {@code Op<Double>} unboxed by the caller):
   * the types after unboxing, which the handle is adapted to ({@code asType}, as {@code Helpers.boxedCompanionOf} does for
   * a class's own companion). Any other companion unchanged.
   */
  static MethodType unboxed(MethodType companion, MethodType site, boolean tangent) {
    if (companion.returnType() != Double.class || site.returnType() != double.class) return companion;
    MethodType out = companion.changeReturnType(double.class);
    if (tangent) return out;
    int last = out.parameterCount() - 1; // the seed: last, or before the scalar adjoints' array (CompanionContract.adjoint)
    int seed = last >= 0 && out.parameterType(last) == double[].class ? last - 1 : last;
    return seed >= 0 && out.parameterType(seed) == Double.class ? out.changeParameterType(seed, double.class) : companion;
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

