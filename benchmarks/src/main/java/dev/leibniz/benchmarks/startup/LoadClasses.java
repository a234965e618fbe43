package dev.leibniz.benchmarks.startup;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The program whose start-up {@link StartupCost} measures: loads (without initialising) the first
 * {@code args[0]} Hipparchus and Commons Math classes from the benchmarks jar, none of which has a
 * {@code @Differentiable} method; then, when {@code args[1]} names a class, initialises it (one
 * with {@code @Differentiable} methods: the agent then builds its transformer and differentiates
 * the class), prints the CPU time the process has used so far ({@code cpu-ms=...}) and exits. With
 * 0 and no class it only starts and exits.
 */
public final class LoadClasses {
  private LoadClasses() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    int loaded = 0;
    for (String name : classNames(count)) {
      Class.forName(name, false, LoadClasses.class.getClassLoader());
      loaded++;
    }
    if (loaded != count) {
      throw new IllegalStateException("only " + loaded + " classes to load, not " + count);
    }
    if (args.length > 1) {
      Class.forName(args[1], true, LoadClasses.class.getClassLoader());
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.println("cpu-ms=" + os.getProcessCpuTime() / 1_000_000);
  }

  private static List<String> classNames(int count) throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    if (count == 0) {
      return names;
    }
    Path jar = Path.of(LoadClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements() && names.size() < count) {
        String n = entries.nextElement().getName();
        if ((n.startsWith("org/hipparchus/") || n.startsWith("org/apache/commons/math3/")) && n.endsWith(".class")
            && !n.contains("module-info")) {
          names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    return names;
  }
}
