package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A companion of a method named by class, name and descriptor: what a serialisable {@link
 * Gradient}, {@link Jacobian}, {@link Hessian} or {@link SerializableCompanion} carries to another
 * JVM. The handle is transient, found again on first use after deserialisation (the receiving JVM
 * runs the agent too, or the class was transformed at build time); a missing companion fails that
 * use with {@link Derivatives}' message. Its type is the contract's ({@link
 * Derivatives#companionType(CompanionContract.Kind, Method)}: objects of {@code @Differentiable}
 * classes with their shadows, an instance method's receiver first).
 */
final class CompanionRef implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Class<?> owner;
  private final String name;
  private final String descriptor;
  private final CompanionContract.Kind kind;
  /** Whether an instance method is accepted (its handle takes the receiver first); else static only. */
  private final boolean instances;
  private transient volatile MethodHandle handle;

  private CompanionRef(Class<?> owner, String name, String descriptor, CompanionContract.Kind kind, boolean instances) {
    this.owner = owner;
    this.name = name;
    this.descriptor = descriptor;
    this.kind = kind;
    this.instances = instances;
  }

  /** The companion {@code kind} of static {@code owner.name(primal)}, found now so that a mistake shows at once. */
  static CompanionRef of(Class<?> owner, String name, MethodType primal, CompanionContract.Kind kind) {
    CompanionRef ref = new CompanionRef(owner, name, primal.toMethodDescriptorString(), kind, false);
    ref.handle();
    return ref;
  }

  /** The companion {@code kind} of {@code owner.name(parameterTypes)}, static or not, found now. */
  static CompanionRef ofAny(Class<?> owner, String name, Class<?>[] parameterTypes, CompanionContract.Kind kind) {
    Method m = method(owner, name, parameterTypes);
    MethodType primal = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
    CompanionRef ref = new CompanionRef(owner, name, primal.toMethodDescriptorString(), kind, true);
    ref.handle();
    return ref;
  }

  /** The method's own type. */
  MethodType primalType() {
    return MethodType.fromMethodDescriptorString(descriptor, owner.getClassLoader());
  }

  /** The method, in Java-like text, for messages. */
  String method() {
    return owner.getSimpleName() + "." + name;
  }

  /**
   * The handle with {@code receiver} and its shadows bound ({@link Receivers#bind}); {@link
   * #handle} itself for null (a static method).
   */
  MethodHandle handle(Object receiver) {
    return receiver == null ? handle() : Receivers.bind(handle(), kind, method(owner, name, primalType().parameterArray()), receiver);
  }

  MethodHandle handle() {
    MethodHandle h = handle;
    if (h == null) {
      handle = h = resolve();
    }
    return h;
  }

  private MethodHandle resolve() {
    MethodType primal = primalType();
    Method m;
    try {
      m = owner.getDeclaredMethod(name, primal.parameterArray());
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name + primal, e);
    }
    boolean isStatic = Modifier.isStatic(m.getModifiers());
    if (!isStatic && !instances) {
      throw new IllegalArgumentException(owner.getName() + "." + name + " is an instance method; this needs a static one");
    }
    MethodType type = isStatic ? Derivatives.companionType(kind, primal) : Derivatives.companionType(kind, m);
    String companion = kind.companionName(name);
    try {
      return isStatic ? lookup().findStatic(owner, companion, type) : lookup().findVirtual(owner, companion, type);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(Facades.missing(owner, companion, type, owner.getName() + "." + name, e), e);
    }
  }

  private static Method method(Class<?> owner, String name, Class<?>[] parameterTypes) {
    try {
      return owner.getDeclaredMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name + MethodType.methodType(void.class, parameterTypes)
          .toString().replace(")void", ")"), e);
    }
  }

  /** The companions are public; a class that is not needs a look-up with private access to it. */
  private MethodHandles.Lookup lookup() throws IllegalAccessException {
    return Modifier.isPublic(owner.getModifiers())
        ? MethodHandles.publicLookup()
        : MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
  }
}
