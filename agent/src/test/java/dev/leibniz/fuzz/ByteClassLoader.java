package dev.leibniz.fuzz;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * Defines classes from bytes held in memory, one fresh loader per experiment, so that the same
 * class name can be loaded untransformed and transformed side by side. Also serves the bytes as
 * {@code .class} resources, which is what {@code ClassFinder.of(loader)} reads.
 */
public final class ByteClassLoader extends ClassLoader {
  private final Map<String, byte[]> classes;

  /** @param classes class files by binary name ({@code a.b.C}) */
  public ByteClassLoader(Map<String, byte[]> classes) {
    super(ByteClassLoader.class.getClassLoader());
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    if (name.endsWith(".class")) {
      byte[] bytes = classes.get(name.substring(0, name.length() - 6).replace('/', '.'));
      if (bytes != null) {
        return new ByteArrayInputStream(bytes);
      }
    }
    return super.getResourceAsStream(name);
  }

  /** Loads, links and initialises {@code name}, so that a verifier error surfaces here. */
  public Class<?> load(String name) throws ClassNotFoundException {
    return Class.forName(name, true, this);
  }
}
