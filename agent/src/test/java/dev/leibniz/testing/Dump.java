package dev.leibniz.testing;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Result;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debugging aid: {@code Dump Foo.class} prints the transformed class as text with its diagnostics. */
public final class Dump {
  public static void main(String[] args) throws Exception {
    Result r = new ClassDifferentiator(ClassFinder.NONE).differentiate(Files.readAllBytes(Path.of(args[0])));
    r.diagnostics().forEach(d -> System.out.println(d.message()));
    if (r.transformed() != null) {
      System.out.println(Transformed.text(r.transformed()));
    }
  }
}
