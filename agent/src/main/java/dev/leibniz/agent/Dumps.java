package dev.leibniz.agent;

import dev.leibniz.core.OnDemand;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the agent's options {@code dump=} and {@code check=} do to companions generated at a first
 * dispatch ({@link FirstDispatch}), which never pass through {@link CompanionWriter}: the class is
 * written (and decompiled) under the dump directory like the transformed classes, and the handle
 * linked into the call site samples the self-check ({@link SelfCheck}) as the wrappers of {@link
 * CheckedCompanions} do, with method handles instead of bytecode (the generated class is hidden:
 * nothing else calls it, and it is left as the core made it).
 */
final class Dumps {
  private Dumps() {}

  /** Writes {@code out} under {@code root/className}: the class file, its source, and why a mode has none. */
  static void write(Path root, String className, String method, OnDemand.Output out) {
    try {
      Path dir = Files.createDirectories(root.resolve(className));
      StringBuilder why = new StringBuilder("generated at its first call: ").append(method).append('\n');
      if (out.tangentFailure() != null) why.append("no tangent: ").append(out.tangentFailure()).append('\n');
      if (out.adjointFailure() != null) why.append("no adjoint: ").append(out.adjointFailure()).append('\n');
      for (dev.leibniz.core.Diagnostic w : out.warnings()) why.append(w.message()).append('\n');
      Files.writeString(dir.resolve("diagnostics.txt"), why);
      if (out.classFile() == null) return;
      Path classFile = dir.resolve("companions.class");
      Files.write(classFile, out.classFile());
      Decompiler decompiler = Decompiler.find();
      if (decompiler != null) Files.writeString(dir.resolve("companions.java"), decompiler.decompile(classFile.toFile()));
    } catch (Exception | LinkageError e) {
      System.err.println("leibniz: cannot write the dump of " + className + " under " + root + ": " + e);
    }
  }

  /**
   * {@code companion} (receiver first) behind the self-check: on a sampled call, {@link
   * SelfCheck#run} with the method {@code runs}, both companions and the call's arguments; else
   * the companion itself. {@code companion} as it is when the handles cannot be made.
   */
  static MethodHandle checked(MethodHandle companion, MethodHandle other, Method runs, boolean tangent) {
    try {
      MethodHandle primal = MethodHandles.privateLookupIn(runs.getDeclaringClass(), MethodHandles.lookup()).unreflect(runs);
      MethodType type = companion.type();
      MethodHandles.Lookup l = MethodHandles.lookup();
      MethodHandle run = l.findStatic(SelfCheck.class, "run", MethodType.methodType(Object.class, Class.class,
          MethodHandle.class, MethodHandle.class, MethodHandle.class, int.class, String.class, Object[].class));
      int mode = (tangent ? 0 : SelfCheck.ADJOINT) | (usesFloat(runs) ? SelfCheck.FLOAT_PRECISION : 0)
          | (Modifier.isStatic(runs.getModifiers()) ? 0 : SelfCheck.RECEIVER);
      String where = runs.toGenericString() + " (companion generated at its first call)";
      run = MethodHandles.insertArguments(run, 0, runs.getDeclaringClass(), primal, tangent ? companion : other,
          tangent ? other : companion, mode, where).asCollector(Object[].class, type.parameterCount()).asType(type);
      MethodHandle sample = MethodHandles.dropArguments(l.findStatic(SelfCheck.class, "sample", MethodType.methodType(boolean.class)),
          0, type.parameterList());
      return MethodHandles.guardWithTest(sample, run, companion);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return companion;
    }
  }

  private static boolean usesFloat(Method m) {
    if (m.getReturnType() == float.class) return true;
    for (Class<?> p : m.getParameterTypes()) {
      Class<?> e = p;
      while (e.isArray()) e = e.getComponentType();
      if (e == float.class) return true;
    }
    return false;
  }
}
