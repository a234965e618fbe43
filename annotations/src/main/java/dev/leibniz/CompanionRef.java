package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;

/**
 * A companion of a static method named by class, name and descriptor: what a serialisable
 * {@link Gradient} or {@link Jacobian} carries to another JVM. The handle is transient, found again
 * on first use after deserialisation (the receiving JVM runs the agent too, or the class was
 * transformed at build time); a missing companion fails that use with {@link Derivatives}' message.
 */
final class CompanionRef implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Class<?> owner;
  private final String name;
  private final String descriptor;
  private final CompanionContract.Kind kind;
  private transient volatile MethodHandle handle;

  private CompanionRef(Class<?> owner, String name, String descriptor, CompanionContract.Kind kind) {
    this.owner = owner;
    this.name = name;
    this.descriptor = descriptor;
    this.kind = kind;
  }

  /** The companion {@code kind} of static {@code owner.name(primal)}, found now so that a mistake shows at once. */
  static CompanionRef of(Class<?> owner, String name, MethodType primal, CompanionContract.Kind kind) {
    CompanionRef ref = new CompanionRef(owner, name, primal.toMethodDescriptorString(), kind);
    ref.handle();
    return ref;
  }

  /** The method, in Java-like text, for messages. */
  String method() {
    return owner.getSimpleName() + "." + name;
  }

  MethodHandle handle() {
    MethodHandle h = handle;
    if (h == null) {
      handle = h = resolve();
    }
    return h;
  }

  private MethodHandle resolve() {
    MethodType primal = MethodType.fromMethodDescriptorString(descriptor, owner.getClassLoader());
    try {
      if (!Modifier.isStatic(owner.getDeclaredMethod(name, primal.parameterArray()).getModifiers())) {
        throw new IllegalArgumentException(owner.getName() + "." + name + " is an instance method; this needs a static one");
      }
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("no method " + owner.getName() + "." + name + primal, e);
    }
    MethodType type = Derivatives.companionType(kind, primal);
    String companion = kind.companionName(name);
    try {
      return lookup().findStatic(owner, companion, type);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(Facades.missing(owner, companion, type, owner.getName() + "." + name, e), e);
    }
  }

  /** The companions are public; a class that is not needs a look-up with private access to it. */
  private MethodHandles.Lookup lookup() throws IllegalAccessException {
    return Modifier.isPublic(owner.getModifiers())
        ? MethodHandles.publicLookup()
        : MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
  }
}
