package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Companions of an instance method with its receiver fixed, for the helpers that see a method as a
 * function of its arguments ({@link Gradient}, {@link Jacobian}): the receiver bound, and each
 * shadow of the receiver that the contract puts first ({@link CompanionContract.Role#RECEIVER_SHADOW})
 * a fresh zero shadow made per call for the method's class ({@link Derivatives#zeroShadow(Object, Class)}), so the receiver's fields are
 * held fixed and nothing accumulates from one call into the next.
 */
final class Receivers {
  private static final MethodHandle ZERO_SHADOW;

  static {
    try {
      ZERO_SHADOW = MethodHandles.lookup().findStatic(Derivatives.class, "zeroShadow",
          MethodType.methodType(Object.class, Object.class, Class.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Receivers() {}

  /** {@code companion} (of kind {@code kind} of {@code m}) with {@code receiver} and its shadows bound; unchanged for a static method. */
  static MethodHandle bind(MethodHandle companion, CompanionContract.Kind kind, Method m, Object receiver) {
    if (Modifier.isStatic(m.getModifiers())) {
      return companion;
    }
    MethodHandle h = companion.bindTo(receiver);
    for (CompanionContract.Param p : Derivatives.signature(kind, m).params) {
      if (p.role != CompanionContract.Role.RECEIVER_SHADOW) {
        break;
      }
      Class<?> type = h.type().parameterType(0);
      MethodHandle zero = MethodHandles.insertArguments(ZERO_SHADOW, 0, receiver, m.getDeclaringClass()); // only this class's companions take it
      h = MethodHandles.foldArguments(h, zero.asType(MethodType.methodType(type)));
    }
    return h;
  }

  /**
   * The declared instance method {@code name(parameterTypes)} of {@code receiver}'s class or a
   * superclass.
   */
  static Method method(Object receiver, String name, Class<?>... parameterTypes) {
    if (receiver == null) {
      throw new IllegalArgumentException("the receiver is null; pass the object whose method " + name + " to differentiate");
    }
    for (Class<?> k = receiver.getClass(); k != null; k = k.getSuperclass()) {
      try {
        Method m = k.getDeclaredMethod(name, parameterTypes);
        if (Modifier.isStatic(m.getModifiers())) {
          throw new IllegalArgumentException(k.getName() + "." + name + " is static; pass its class instead of a receiver");
        }
        return m;
      } catch (NoSuchMethodException e) {
        // declared further up
      }
    }
    throw new IllegalArgumentException("no method " + receiver.getClass().getName() + "." + name
        + MethodType.methodType(void.class, parameterTypes).toString().replace(")void", ")"));
  }

  /** {@code receiver}, which a serialisable helper carries to other JVMs. */
  static Object serializable(Object receiver, Method m) {
    if (!(receiver instanceof Serializable)) {
      throw new IllegalArgumentException("the receiver of " + m.getDeclaringClass().getSimpleName() + "." + m.getName()
          + " is a " + receiver.getClass().getName() + ", which is not Serializable; make it implement java.io.Serializable"
          + " to send it to other JVMs with the helper, or use the helper's of(lookup, receiver, ...) within one JVM");
    }
    return receiver;
  }
}
