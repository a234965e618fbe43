package dev.leibniz.core;

/**
 * Finds the class file of another class without loading it, so that a call into another class can
 * be checked for {@code @Differentiable} while a class is being transformed.
 */
@FunctionalInterface
public interface ClassFinder {
  /** A finder that knows no class. */
  ClassFinder NONE = internalName -> null;

  /** The class file of {@code internalName} (e.g. {@code com/acme/Model}), or null if unknown. */
  byte[] find(String internalName);

  /** A finder that reads {@code .class} resources through {@code loader} (null: the system loader). */
  static ClassFinder of(ClassLoader loader) {
    return internalName -> {
      String resource = internalName + ".class";
      try (var in =
          loader == null
              ? ClassLoader.getSystemResourceAsStream(resource)
              : loader.getResourceAsStream(resource)) {
        return in == null ? null : in.readAllBytes();
      } catch (java.io.IOException | RuntimeException e) {
        return null;
      }
    };
  }

  /**
   * {@code base}, with the file of class {@code owner} edited by {@code edit} (once, on first use; the edit gets the
   * original file, possibly null): the added views of a method that only the generation reads.
   */
  static ClassFinder withEdited(ClassFinder base, String owner, java.util.function.UnaryOperator<byte[]> edit) {
    byte[][] made = new byte[1][];
    return internalName -> {
      if (!internalName.equals(owner)) return base.find(internalName);
      synchronized (made) {
        if (made[0] == null) made[0] = edit.apply(base.find(owner));
        return made[0];
      }
    };
  }
}
