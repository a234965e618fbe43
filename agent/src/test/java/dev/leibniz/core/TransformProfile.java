package dev.leibniz.core;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The time and the number of derivative graphs the core builds to transform one class: cold (the
 * first transformation in this JVM) and warm (median of the later ones), thread CPU time, with a
 * digest of the transformed bytes (the same before and after a change that must not change output).
 * A profiling main, not a test:
 *
 * <pre>java -cp agent/target/test-classes:agent/target/classes:(dependencies) dev.leibniz.core.TransformProfile [repeats] class...</pre>
 *
 * With {@code -Dleibniz.profile.withoutProbes=true}, outlining differentiates the whole class at every budget it tries, as before
 * {@code ClassDifferentiator.probe}.
 */
public final class TransformProfile {
  private TransformProfile() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("digests")) {
      digests(java.nio.file.Path.of(args[1]));
      return;
    }
    int repeats = Integer.parseInt(args[0]);
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      byte[] bytes;
      try (InputStream in = TransformProfile.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
        bytes = in.readAllBytes();
      }
      List<Long> times = new ArrayList<>();
      List<Long> walls = new ArrayList<>();
      long[] graphs = new long[1];
      Result r = null;
      for (int k = 0; k <= repeats; k++) {
        graphs[0] = 0;
        ClassDifferentiator d = new ClassDifferentiator(ClassFinder.of(TransformProfile.class.getClassLoader()),
            (source, lifted, derivative) -> graphs[0]++);
        if (Boolean.getBoolean("leibniz.profile.withoutProbes")) d.withoutProbes(); // outlining as before probes
        long start = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        r = d.differentiate(bytes);
        times.add((threads.getCurrentThreadCpuTime() - start) / 1_000_000);
        walls.add((System.nanoTime() - wall) / 1_000_000);
      }
      List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
      warm.sort(null);
      String digest = r.transformed() == null ? "-" : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.transformed())).substring(0, 16);
      System.out.printf(Locale.ROOT, "%s: cold %d ms (wall %d), warm median %s ms (%s, wall %s), %d graphs, %d generated, %d diagnostics, out %s%n", name, times.get(0), walls.get(0),
          warm.isEmpty() ? "-" : warm.get(warm.size() / 2), warm, walls.subList(1, walls.size()), graphs[0], r.generated().size(), r.diagnostics().size(), digest);
    }
  }

  /** A digest of the output (transformed bytes and diagnostics) of every class under {@code root} that names @Differentiable. */
  private static void digests(java.nio.file.Path root) throws Exception {
    List<java.nio.file.Path> files;
    try (var walk = java.nio.file.Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    byte[] mark = "dev/leibniz/Differentiable".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ClassFinder finder = ClassFinder.of(TransformProfile.class.getClassLoader());
    for (java.nio.file.Path f : files) {
      byte[] bytes = java.nio.file.Files.readAllBytes(f);
      if (!new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(new String(mark, java.nio.charset.StandardCharsets.ISO_8859_1))) continue;
      String out;
      long start = System.nanoTime();
      try {
        Result r = new ClassDifferentiator(finder).differentiate(bytes);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        if (r.transformed() != null) md.update(r.transformed());
        if (r.companions() != null) md.update(r.companions());
        for (Diagnostic d : r.diagnostics()) md.update(d.message().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out = HexFormat.of().formatHex(md.digest()).substring(0, 16);
      } catch (Throwable t) {
        out = "threw " + t;
      }
      System.out.println(root.relativize(f) + " " + out + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
  }
}
