package dev.leibniz.tool;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The files of a class directory or a jar, in their original order, keyed by their path inside it
 * with {@code /} separators ({@code com/acme/Model.class}); directory entries of a jar map to null.
 */
final class ClassTree {
  final Map<String, byte[]> entries = new LinkedHashMap<>();
  /** The modification times of a jar's entries, kept in the jar written (reproducible builds). */
  private final Map<String, Long> times = new java.util.HashMap<>();

  /** True when {@code p} names a jar (or zip) rather than a directory. */
  static boolean isArchive(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return !Files.isDirectory(p) && (n.endsWith(".jar") || n.endsWith(".zip") || Files.isRegularFile(p));
  }

  static ClassTree read(Path in) throws IOException {
    ClassTree t = new ClassTree();
    if (Files.isDirectory(in)) {
      try (Stream<Path> files = Files.walk(in)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          t.entries.put(relative(in, f), Files.readAllBytes(f));
        }
      }
    } else if (Files.isRegularFile(in)) {
      try (ZipFile zip = new ZipFile(in.toFile())) {
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
          ZipEntry z = e.nextElement();
          t.entries.put(z.getName(), z.isDirectory() ? null : zip.getInputStream(z).readAllBytes());
          t.times.put(z.getName(), z.getTime());
        }
      }
    } else {
      throw new java.nio.file.NoSuchFileException(in.toString(), null, "no such class directory or jar");
    }
    return t;
  }

  /**
   * Writes the tree to {@code out}, a directory or (by its name) a jar. Into the directory it was
   * read from, only {@code changed} entries are written; a jar is written whole, through a
   * temporary file, so that it may replace the jar it was read from.
   */
  void write(Path in, Path out, List<String> changed) throws IOException {
    if (isArchive(out) && !Files.isDirectory(out)) {
      writeJar(out);
    } else if (Files.isDirectory(in) && Files.exists(out) && Files.isSameFile(in, out)) {
      for (String name : changed) {
        writeFile(out, name, entries.get(name));
      }
    } else {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        if (e.getValue() != null) writeFile(out, e.getKey(), e.getValue());
      }
    }
  }

  private void writeJar(Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".leibniz", ".jar");
    try {
      try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(os)) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          ZipEntry z = new ZipEntry(e.getKey());
          Long time = times.get(e.getKey());
          if (time != null && time >= 0) z.setTime(time);
          zip.putNextEntry(z);
          if (e.getValue() != null) zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void writeFile(Path root, String name, byte[] bytes) throws IOException {
    Path f = root.resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
  }

  /** True when the tree holds a jar signature, which changed classes would no longer match. */
  boolean isSigned() {
    for (String name : entries.keySet()) {
      if (name.matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) return true;
    }
    return false;
  }

  private static String relative(Path root, Path f) {
    return root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
  }
}
