package dev.leibniz.hipparchus;

import dev.leibniz.Derivatives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A method and its two companions as handles of fixed types, the receiver (if any) bound: what
 * the bridge classes call. Static methods take {@code owner} as a {@code Class}, instance
 * methods the receiver object.
 */
final class Companions {
  final MethodHandle primal;
  final MethodHandle tangent;
  final MethodHandle adjoint;

  private Companions(MethodHandle primal, MethodHandle tangent, MethodHandle adjoint) {
    this.primal = primal;
    this.tangent = tangent;
    this.adjoint = adjoint;
  }

  /**
   * {@code target} is the owner class of a static method or the receiver of an instance method;
   * the handles get the types {@code primal}, and the contract's tangent and adjoint types.
   */
  static Companions of(MethodHandles.Lookup lookup, Object target, String name, MethodType primal) {
    boolean isClass = target instanceof Class<?>;
    Class<?> owner = isClass ? (Class<?>) target : target.getClass();
    Method m;
    try {
      m = owner.getDeclaredMethod(name, primal.parameterArray());
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name + primal, e);
    }
    if (m.getReturnType() != primal.returnType()) {
      throw new IllegalArgumentException(owner.getName() + "." + name + " must return " + primal.returnType());
    }
    if (Modifier.isStatic(m.getModifiers()) != isClass) {
      throw new IllegalArgumentException(owner.getName() + "." + name
          + (isClass ? " is an instance method: pass the receiver object" : " is static: pass its class"));
    }
    MethodHandle p, t, a;
    try {
      p = lookup.unreflect(m);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot access " + owner.getName() + "." + name, e);
    }
    Class<?>[] types = primal.parameterArray();
    t = Derivatives.tangent(lookup, owner, name, types);
    a = Derivatives.adjoint(lookup, owner, name, types);
    if (!isClass) {
      p = p.bindTo(target);
      t = t.bindTo(target);
      a = a.bindTo(target);
    }
    return new Companions(p, t, a);
  }
}
