package dev.leibniz.core;

/**
 * Differentiates the {@code @Differentiable} methods of one class file: the core's single entry
 * point, free of any agent or class-loading concern. Stateless and thread-safe.
 */
public final class ClassDifferentiator {
  private final ClassFinder finder;

  public ClassDifferentiator(ClassFinder finder) {
    this.finder = finder;
  }

  /** Lifts, differentiates and emits; never throws for bad input (see {@link Result#diagnostics}). */
  public Result differentiate(byte[] classFile) {
    throw new UnsupportedOperationException("not yet");
  }
}
