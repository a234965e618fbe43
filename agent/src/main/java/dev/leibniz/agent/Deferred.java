package dev.leibniz.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.function.Supplier;

/**
 * A transformer built when the first class needs it: behind {@link PreFilter}, the {@link
 * CompanionTransformer} and with it the core (about 200 classes, and ASM) are loaded only once a
 * class mentions {@code @Differentiable}, so a program without any pays nothing for them. Classes
 * that load while it is being built, on the building thread, pass unchanged (they are the agent's
 * own and the JDK's). If building fails, the agent says so once and every class loads unchanged.
 */
final class Deferred implements ClassFileTransformer {
  private final Supplier<ClassFileTransformer> build;
  private volatile ClassFileTransformer built;
  private boolean building;
  private boolean failed;

  Deferred(Supplier<ClassFileTransformer> build) {
    this.build = build;
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
      byte[] bytes) throws IllegalClassFormatException {
    ClassFileTransformer t = transformer();
    return t == null ? null : t.transform(module, loader, name, redefined, domain, bytes);
  }

  @Override
  public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes)
      throws IllegalClassFormatException {
    ClassFileTransformer t = transformer();
    return t == null ? null : t.transform(loader, name, redefined, domain, bytes);
  }

  private ClassFileTransformer transformer() {
    ClassFileTransformer t = built;
    return t != null ? t : buildOnce();
  }

  private synchronized ClassFileTransformer buildOnce() {
    if (built != null || building || failed) {
      return built;
    }
    building = true;
    try {
      built = build.get();
    } catch (Throwable e) {
      failed = true;
      System.err.println("leibniz: the agent could not start and is disabled: " + e);
    } finally {
      building = false;
    }
    return built;
  }
}
