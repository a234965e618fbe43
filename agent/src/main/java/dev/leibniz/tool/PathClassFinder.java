package dev.leibniz.tool;

import dev.leibniz.core.ClassFinder;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds class files without loading them: first among the classes being transformed (their
 * original bytes), then along a class path of directories and jars, in order.
 */
final class PathClassFinder implements ClassFinder, Closeable {
  private final Map<String, byte[]> own;
  private final List<Path> directories = new ArrayList<>();
  private final List<ZipFile> jars = new ArrayList<>();
  /** The classes found on the class path (not among the classes being transformed), by internal name. */
  final java.util.Map<String, byte[]> foundOnClasspath = new java.util.TreeMap<>();

  PathClassFinder(Map<String, byte[]> own, List<Path> classpath) throws IOException {
    this.own = own;
    for (Path p : classpath) {
      if (Files.isDirectory(p)) {
        directories.add(p);
      } else if (Files.isRegularFile(p)) {
        jars.add(new ZipFile(p.toFile()));
      } // a missing class path entry is no error, as for javac and java
    }
  }

  @Override
  public byte[] find(String internalName) {
    String name = internalName + ".class";
    byte[] b = own.get(name);
    if (b != null) return b;
    b = onClasspath(name);
    if (b != null) foundOnClasspath.put(internalName, b);
    return b;
  }

  private byte[] onClasspath(String name) {
    try {
      for (Path d : directories) {
        Path f = d.resolve(name);
        if (Files.isRegularFile(f)) return Files.readAllBytes(f);
      }
      for (ZipFile z : jars) {
        ZipEntry e = z.getEntry(name);
        if (e != null) {
          try (InputStream in = z.getInputStream(e)) {
            return in.readAllBytes();
          }
        }
      }
    } catch (IOException e) {
      return null; // an unreadable class is an unknown class: its callers get a diagnostic
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    for (ZipFile z : jars) z.close();
  }
}
