package dev.leibniz.agent;

import dev.leibniz.core.OnDemand;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Defines the classes of companions generated at a first dispatch ({@link FirstDispatch}) as hidden
 * nestmates of the class whose code they differentiate: same loader, package and nest, so they
 * reach its private members, and they go away with it. Nothing else can name them.
 */
final class Hidden {
  private Hidden() {}

  /** A defined class of companions (null lookup: none) and why a mode has none. */
  record Defined(MethodHandles.Lookup lookup, OnDemand.Output out, String failure) {
    /** The companion of one mode, of its own type (static, the receiver or captured values first), or why there is none. */
    Object handle(boolean tangent) throws ReflectiveOperationException {
      return handle(tangent ? OnDemand.Kind.TANGENT : OnDemand.Kind.ADJOINT);
    }

    /** The companion of kind {@code k}, of its own type, or why there is none. */
    Object handle(OnDemand.Kind k) throws ReflectiveOperationException {
      if (failure != null) return failure;
      String name = out.name(k);
      if (name == null) return out.failure(k);
      Class<?> c = lookup.lookupClass();
      return lookup.findStatic(c, name, MethodType.fromMethodDescriptorString(out.desc(k), c.getClassLoader()));
    }
  }

  static Defined failed(String why) {
    return new Defined(null, null, why);
  }

  /** Defines {@code out}'s class as a hidden nestmate of {@code nestOf}; {@code shown}: what to print (verbose), or null. */
  static Defined define(Class<?> nestOf, OnDemand.Output out, String shown) {
    if (out.classFile() == null) return new Defined(null, out, null);
    try {
      MethodHandles.Lookup l = fullAccess(nestOf).defineHiddenClass(out.classFile(), true, MethodHandles.Lookup.ClassOption.NESTMATE);
      if (shown != null) {
        System.err.println("leibniz: generated at its first call: " + shown + " -> " + l.lookupClass().getName()
            + (out.tangentName() == null ? " (no tangent)" : "") + (out.adjointName() == null ? " (no adjoint)" : "")
            + (out.splitName() != null ? " (split adjoint)" : ""));
      }
      return new Defined(l, out, null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return failed("the generated companions could not be defined next to " + nestOf.getName() + ": " + e);
    }
  }

  /**
   * A lookup with full privilege access in {@code c} (what {@code defineHiddenClass} needs). The
   * agent's own lookup has it for classes of its module (the unnamed module of the system class
   * loader); for a class of another loader, a two-line class defined in {@code c}'s package with
   * {@code Lookup.defineClass} (which needs only package access) hands out a lookup of that module.
   */
  static MethodHandles.Lookup fullAccess(Class<?> c) throws ReflectiveOperationException {
    MethodHandles.Lookup l = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
    if (l.hasFullPrivilegeAccess()) return l;
    String pkg = c.getPackageName();
    String name = (pkg.isEmpty() ? "" : pkg + ".") + "Leibniz$Lookup";
    Class<?> opener;
    try {
      opener = Class.forName(name, false, c.getClassLoader());
    } catch (ClassNotFoundException absent) {
      try {
        opener = l.defineClass(opener(name.replace('.', '/')));
      } catch (LinkageError raced) { // another thread defined it first
        opener = Class.forName(name, false, c.getClassLoader());
      }
    }
    MethodHandle get = l.findStatic(opener, "lookup", MethodType.methodType(MethodHandles.Lookup.class));
    try {
      return MethodHandles.privateLookupIn(c, (MethodHandles.Lookup) get.invokeExact());
    } catch (ReflectiveOperationException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /** {@code final class Leibniz$Lookup { static Lookup lookup() { return MethodHandles.lookup(); } }}, package-private. */
  private static byte[] opener(String internalName) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V11, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, internalName, null, "java/lang/Object", null);
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", null, null);
    mv.visitCode();
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
    mv.visitInsn(Opcodes.ARETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }
}
