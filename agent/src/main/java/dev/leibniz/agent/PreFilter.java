package dev.leibniz.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;

/**
 * Passes to ByteBuddy only the classes whose bytes mention {@code Ldev/leibniz/Differentiable;}:
 * a class with an annotated method has that descriptor in its constant pool, and a class without
 * it cannot match {@link LeibnizAgent}'s type matcher. Every other class (nearly all of a
 * program's) costs one scan of its bytes instead of ByteBuddy's parse of its class file.
 */
final class PreFilter implements ClassFileTransformer {
  private static final byte[] MARK = "Ldev/leibniz/Differentiable;".getBytes(StandardCharsets.UTF_8);
  private final ClassFileTransformer next;

  PreFilter(ClassFileTransformer next) {
    this.next = next;
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
      byte[] bytes) throws IllegalClassFormatException {
    return mentionsDifferentiable(bytes) ? next.transform(module, loader, name, redefined, domain, bytes) : null;
  }

  @Override
  public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes)
      throws IllegalClassFormatException {
    return mentionsDifferentiable(bytes) ? next.transform(loader, name, redefined, domain, bytes) : null;
  }

  /** Whether {@code bytes} contain the annotation's descriptor (a plain search, no parsing). */
  static boolean mentionsDifferentiable(byte[] bytes) {
    byte first = MARK[0];
    int last = bytes.length - MARK.length;
    for (int i = 0; i <= last; i++) {
      if (bytes[i] == first && matchesAt(bytes, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] bytes, int at) {
    for (int j = 1; j < MARK.length; j++) {
      if (bytes[at + j] != MARK[j]) {
        return false;
      }
    }
    return true;
  }
}
