package dev.leibniz.agent;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns a class file into Java source with Vineflower, for {@code dump} only. Vineflower is not in
 * the agent jar (it would triple its size for a debugging aid): it is loaded, in a class loader of
 * its own, from a {@code vineflower*.jar} in the agent jar's directory (the build puts
 * vineflower-1.12.0.jar there) or from the local Maven repository, and only when {@code dump} is
 * given. Without it, {@code dump} writes everything else and says what is missing.
 */
final class Decompiler {
  static final String VERSION = "1.12.0";
  private static final String PKG = "org.jetbrains.java.decompiler.main.";
  private final ClassLoader vineflower;

  private Decompiler(ClassLoader vineflower) {
    this.vineflower = vineflower;
  }

  /** A decompiler, or null (with the reason on standard error) when Vineflower cannot be found. */
  static Decompiler find() {
    Path jar = locate();
    if (jar == null) {
      System.err.println("leibniz: dump writes no Java source: put vineflower-" + VERSION + ".jar (org.vineflower:vineflower:"
          + VERSION + ") next to the agent jar");
      return null;
    }
    try {
      return new Decompiler(new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader()));
    } catch (Exception e) {
      System.err.println("leibniz: dump writes no Java source: cannot load " + jar + ": " + e);
      return null;
    }
  }

  private static Path locate() {
    Path agentDir = null;
    try {
      agentDir = Path.of(Decompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (Exception ignored) {
      // no code source: only the local repository is left
    }
    if (agentDir != null && Files.isDirectory(agentDir)) {
      try (Stream<Path> files = Files.list(agentDir)) {
        Path found = files.filter(f -> f.getFileName().toString().matches("vineflower.*\\.jar")).sorted().findFirst().orElse(null);
        if (found != null) {
          return found;
        }
      } catch (Exception ignored) {
        // fall through to the local repository
      }
    }
    Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "vineflower", "vineflower", VERSION,
        "vineflower-" + VERSION + ".jar");
    return Files.isRegularFile(m2) ? m2 : null;
  }

  /** The Java source of {@code classFile} (written there by the caller). */
  String decompile(File classFile) throws Exception {
    Class<?> saverType = vineflower.loadClass(PKG + "extern.IResultSaver");
    Class<?> loggerType = vineflower.loadClass(PKG + "extern.IFernflowerLogger");
    Object logger = vineflower.loadClass(PKG + "decompiler.PrintStreamLogger").getConstructor(PrintStream.class)
        .newInstance(new PrintStream(OutputStream.nullOutputStream()));
    StringBuilder source = new StringBuilder();
    InvocationHandler capture = (proxy, method, args) -> {
      if (method.getName().equals("saveClassFile") && args[3] != null) {
        source.append(args[3]);
      }
      return method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
    };
    Object saver = Proxy.newProxyInstance(vineflower, new Class<?>[] {saverType}, capture);
    Class<?> base = vineflower.loadClass(PKG + "decompiler.BaseDecompiler");
    Object decompiler = base.getConstructor(saverType, Map.class, loggerType).newInstance(saver, Map.of(), logger);
    base.getMethod("addSource", File.class).invoke(decompiler, classFile);
    base.getMethod("decompileContext").invoke(decompiler);
    return source.toString();
  }
}
