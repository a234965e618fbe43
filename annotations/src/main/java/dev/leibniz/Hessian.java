package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Hessian-vector products and dense Hessians of a scalar method with respect to one of its {@code
 * double[]} parameters, or to all its {@code double}/{@code float} parameters ({@link #ofScalars}), through its second-order companion (see {@link Hessians}). Every other
 * parameter is held fixed (passive). One product costs one call of {@code m$adjoint$tangent}, a
 * small constant times the cost of {@code m}; the dense Hessian takes n of them. Arguments are
 * passed as in a call of {@code m} (for an instance method, the receiver first). Objects of
 * {@code @Differentiable} classes, the receiver of an instance method of such a class included, are
 * held fixed: each call passes fresh zero shadows for them (README, "Objects"), and {@link #dense}
 * starts each product from the receiver's state before the first. Thread-safe.
 * {@link #serializable} and {@link #serializableOfScalars} make one that a distributed engine can
 * send to other JVMs.
 *
 * <pre>{@code
 * Hessian h = Hessian.of(MethodHandles.lookup(), Model.class, "loss", 0, double[].class, double[].class, int.class);
 * double[] hv = h.times(v, w, data, n);        // H v, the Hessian with respect to w (parameter 0)
 * double[][] full = h.dense(w, data, n);
 * }</pre>
 */
public final class Hessian implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The companion, by name, for a serialisable Hessian; null for one made from a look-up. */
  private final CompanionRef ref;
  /** The companion's handle: given, or found from {@link #ref} (again after deserialisation). */
  private transient MethodHandle companion;
  private final Class<?> owner;
  private final String name;
  private final Class<?>[] parameterTypes;
  private final Class<?> resultType;
  private final boolean isStatic;
  private final int wrt;
  /** The companion's parameters (the contract's, found again after deserialisation) and where each scalar's adjoint goes. */
  private transient volatile Layout layout;

  private Hessian(MethodHandle companion, CompanionRef ref, Method primal, int wrt) {
    this.companion = companion;
    this.ref = ref;
    this.owner = primal.getDeclaringClass();
    this.name = primal.getName();
    this.parameterTypes = primal.getParameterTypes();
    this.resultType = primal.getReturnType();
    this.isStatic = Modifier.isStatic(primal.getModifiers());
    this.wrt = wrt;
  }

  /**
   * The second-order companion's parameters by the contract ({@link Derivatives#companionType}:
   * objects' and the receiver's shadows included), and for each of them that is a differentiable
   * scalar input its position among the scalar unknowns (-1 for the others): an index, not a
   * search per parameter.
   */
  private static final class Layout {
    final CompanionContract.Signature signature;
    final int[] scalarAt;
    final int scalars;

    Layout(CompanionContract.Signature signature) {
      this.signature = signature;
      this.scalarAt = new int[signature.params.size()];
      java.util.Arrays.fill(scalarAt, -1);
      CompanionContract.Param grad = signature.find(CompanionContract.Role.SCALAR_ADJOINTS);
      List<CompanionContract.Param> receives = grad == null ? List.of() : grad.receives;
      for (int k = 0; k < receives.size(); k++) {
        scalarAt[receives.get(k).index] = k;
      }
      this.scalars = receives.size();
    }
  }

  private Layout layout() {
    Layout l = layout;
    if (l == null) {
      try {
        layout = l = new Layout(Derivatives.signature(CompanionContract.Kind.ADJOINT_TANGENT, owner.getDeclaredMethod(name, parameterTypes)));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no method " + owner.getName() + "." + name + " in this JVM", e);
      }
    }
    return l;
  }

  /**
   * The Hessian of {@code owner.name(parameterTypes)} with respect to parameter {@code wrt} (0 for
   * the first parameter after any receiver), which must be a {@code double[]}; the method must
   * return {@code double} or {@code float} and be marked {@code @Differentiable(order = 2)}.
   */
  public static Hessian of(MethodHandles.Lookup lookup, Class<?> owner, String name, int wrt, Class<?>... parameterTypes) {
    Method primal = withRespectToArray(owner, name, wrt, parameterTypes);
    return new Hessian(Hessians.adjointTangent(lookup, owner, name, parameterTypes), null, primal, wrt);
  }

  /**
   * {@link #of}, serialisable for distributed engines (Spark, Flink, Beam): it holds the method by
   * class, name and descriptor, and finds its companion again on first use after deserialisation
   * (the receiving JVM must run the agent too, or the class be transformed at build time). The
   * companion must be public, as the agent makes it.
   *
   * <pre>{@code
   * Hessian h = Hessian.serializable(Model.class, "loss", 0, double[].class, double[].class, int.class);
   * rdd.map(w -> h.times(v, w, data, n));   // h travels to the executors with the closure
   * }</pre>
   *
   * @throws IllegalStateException when the companion is missing here (see {@link Hessians})
   */
  public static Hessian serializable(Class<?> owner, String name, int wrt, Class<?>... parameterTypes) {
    Method primal = withRespectToArray(owner, name, wrt, parameterTypes);
    return new Hessian(null, CompanionRef.ofAny(owner, name, parameterTypes, CompanionContract.Kind.ADJOINT_TANGENT), primal, wrt);
  }

  private static Method withRespectToArray(Class<?> owner, String name, int wrt, Class<?>... parameterTypes) {
    if (wrt < 0 || wrt >= parameterTypes.length || parameterTypes[wrt] != double[].class) {
      throw new IllegalArgumentException("parameter " + wrt + " of " + name + " must be a double[]");
    }
    return scalarValued(owner, name, parameterTypes);
  }

  private static Method scalarValued(Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal;
    try {
      primal = owner.getDeclaredMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name, e);
    }
    if (primal.getReturnType() != double.class && primal.getReturnType() != float.class) {
      throw new IllegalArgumentException(name + " must return double or float to have a Hessian");
    }
    return primal;
  }

  /**
   * The Hessian of {@code owner.name(parameterTypes)} with respect to its {@code double} and {@code
   * float} parameters together, in parameter order (arrays held fixed): for {@code f(double x,
   * double y)}, the 2 × 2 Hessian. Its vectors have one entry per such parameter.
   */
  public static Hessian ofScalars(MethodHandles.Lookup lookup, Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = withRespectToScalars(owner, name, parameterTypes);
    return new Hessian(Hessians.adjointTangent(lookup, owner, name, parameterTypes), null, primal, SCALARS);
  }

  /** {@link #ofScalars}, serialisable as {@link #serializable} is. */
  public static Hessian serializableOfScalars(Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = withRespectToScalars(owner, name, parameterTypes);
    return new Hessian(null, CompanionRef.ofAny(owner, name, parameterTypes, CompanionContract.Kind.ADJOINT_TANGENT), primal, SCALARS);
  }

  private static Method withRespectToScalars(Class<?> owner, String name, Class<?>... parameterTypes) {
    Method primal = scalarValued(owner, name, parameterTypes);
    boolean any = false;
    for (Class<?> t : parameterTypes) any |= t == double.class || t == float.class;
    if (!any) throw new IllegalArgumentException(name + " has no double or float parameter");
    return primal;
  }

  /** The companion's handle; a serialisable Hessian finds it again after deserialisation. */
  private MethodHandle companion() {
    MethodHandle h = companion;
    if (h == null) {
      companion = h = ref.handle();
    }
    return h;
  }

  /** Only a Hessian made by {@link #serializable} or {@link #serializableOfScalars} can be serialised. */
  private void writeObject(ObjectOutputStream out) throws IOException {
    if (ref == null) {
      throw new NotSerializableException("a Hessian made by Hessian.of or Hessian.ofScalars holds a method handle;"
          + " make it with Hessian.serializable or Hessian.serializableOfScalars to send it to another JVM");
    }
    out.defaultWriteObject();
  }

  /** {@link #wrt} when the Hessian is with respect to the scalar parameters. */
  private static final int SCALARS = -1;

  /** H·v at {@code args} (the arguments of a call of the method). */
  public double[] times(double[] v, Object... args) {
    double[] hv = new double[v.length];
    call(args, v, new double[v.length], hv);
    return hv;
  }

  /** The gradient and H·v at once: {@code gradient} and {@code hv} receive them (accumulating). */
  public void gradientAndTimes(double[] v, double[] gradient, double[] hv, Object... args) {
    call(args, v, gradient, hv);
  }

  /**
   * The dense, symmetric Hessian at {@code args}: n products with unit vectors. The receiver of an
   * instance method is kept as {@link Jacobian} keeps it: each product after the first starts from
   * its state before the first (primitive fields and primitive arrays restored), and it is left as
   * one call of the method leaves it.
   *
   * @throws IllegalStateException when a product changed something deeper that the receiver
   *     refers to (see README, "Receivers held fixed")
   */
  public double[][] dense(Object... args) {
    int n = wrt == SCALARS ? scalarCount() : ((double[]) args[(isStatic ? 0 : 1) + wrt]).length;
    double[][] h = new double[n][];
    double[] e = new double[n];
    ReceiverState state = null;
    for (int j = 0; j < n; j++) {
      if (state == null) state = ReceiverState.capture(isStatic ? null : args[0], owner.getSimpleName() + "." + name);
      else state.restore();
      e[j] = 1;
      h[j] = times(e, args); // column j; H is symmetric, so also row j
      e[j] = 0;
    }
    return h;
  }

  private int scalarCount() {
    int k = 0;
    for (Class<?> t : parameterTypes) if (t == double.class || t == float.class) k++;
    return k;
  }

  /**
   * One call of {@code m$adjoint$tangent}, its arguments laid out by the contract ({@link
   * CompanionContract.Kind#ADJOINT_TANGENT}, with objects' shadows): the point, {@code v} as the
   * tangent of the unknowns (zero or null for every other input), {@code gradient} and {@code hv}
   * as their adjoint and its tangent, the seed 1 with tangent 0; every shadow of an object (the
   * receiver's too) a fresh zero one, so objects are held fixed.
   */
  private void call(Object[] args, double[] v, double[] gradient, double[] hv) {
    int self = isStatic ? 0 : 1;
    if (args.length != parameterTypes.length + self) {
      throw new IllegalArgumentException("expected " + (parameterTypes.length + self) + " arguments, got " + args.length);
    }
    Layout l = layout();
    List<Object> out = new ArrayList<>();
    if (self == 1) out.add(args[0]);
    for (CompanionContract.Param p : l.signature.params) {
      switch (p.role) {
        case RECEIVER_SHADOW:
          out.add(Derivatives.zeroShadow(args[0]));
          break;
        case INPUT:
        case PASSIVE:
          out.add(args[p.primal + self]);
          break;
        case ADJOINT: // of an array: the gradient for the unknowns, else passive; of an object: a zero shadow
          out.add(p.isDifferentiableArray() ? (p.of.primal == wrt ? gradient : null) : Derivatives.zeroShadow(args[p.of.primal + self]));
          break;
        case SEED:
          out.add(resultType == float.class ? (Object) 1f : (Object) 1.0);
          break;
        case SCALAR_ADJOINTS:
          out.add(wrt == SCALARS ? gradient : new double[l.scalars]);
          break;
        default: // a tangent: of an input, of an adjoint array, of the seed or of the scalar adjoints
          out.add(tangent(p.of, l, v, hv, args, self));
      }
    }
    try {
      companion().invokeWithArguments(out);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** The argument for the tangent of companion parameter {@code of}. */
  private Object tangent(CompanionContract.Param of, Layout l, double[] v, double[] hv, Object[] args, int self) {
    switch (of.role) {
      case RECEIVER_SHADOW: // the tangent of the receiver's adjoint shadow
        return Derivatives.zeroShadow(args[0]);
      case INPUT:
        if (of.isScalar()) {
          double d = wrt == SCALARS ? v[l.scalarAt[of.index]] : 0.0;
          return of.descriptor.equals("F") ? (Object) (float) d : (Object) d;
        }
        if (!of.isDifferentiableArray()) return Derivatives.zeroShadow(args[of.primal + self]); // an object: held fixed
        return of.primal == wrt ? v : null; // an array: the direction for the unknowns, else passive
      case ADJOINT:
        if (!of.isDifferentiableArray()) return Derivatives.zeroShadow(args[of.of.primal + self]);
        return of.of.primal == wrt ? hv : null; // H v for the unknowns
      case SEED:
        return resultType == float.class ? (Object) 0f : (Object) 0.0;
      default: // the scalar adjoints' tangents: H v for the scalar unknowns
        return wrt == SCALARS ? hv : new double[l.scalars];
    }
  }
}
