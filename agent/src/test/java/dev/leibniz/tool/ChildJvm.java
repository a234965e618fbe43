package dev.leibniz.tool;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Child JVMs and fixture copies for the build-time tests. */
final class ChildJvm {
  private ChildJvm() {}

  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Run java(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), err);
  }

  /** Runs {@code main} on {@code classpath} in a JVM that has only the module java.base: no agent, no Leibniz. */
  static Run plain(String classpath, String main) throws IOException, InterruptedException {
    return java(List.of("--limit-modules", "java.base", "-cp", classpath, main));
  }

  /** Copies the compiled test classes of {@code packageName} whose simple names are given into a fresh class directory. */
  static Path classes(Path dir, String packageName, String... simpleNames) throws IOException {
    Path from = testClasses().resolve(packageName.replace('.', '/'));
    Path to = dir.resolve(packageName.replace('.', '/'));
    Files.createDirectories(to);
    for (String n : simpleNames) {
      Files.copy(from.resolve(n + ".class"), to.resolve(n + ".class"));
    }
    return dir;
  }

  /** The test-classes directory (or jar) these tests were loaded from. */
  static Path testClasses() {
    try {
      return Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Packs a class directory into a jar. */
  static Path jar(Path dir, Path jar) throws IOException {
    try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(os);
        Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        ZipEntry e = new ZipEntry(dir.relativize(f).toString().replace('\\', '/'));
        e.setTime(Files.getLastModifiedTime(f).toMillis());
        zip.putNextEntry(e);
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
