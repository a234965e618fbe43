package dev.leibniz.core;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.BasicVerifier;

/**
 * The last gate before generated code is handed out: every method of a companion class is run
 * through ASM's {@link BasicVerifier} (types of locals and stack slots, local indices within
 * {@code max_locals}, no class loading). The JVM verifies a class as a whole, so one bad generated
 * method would make the user's class fail to load ({@code VerifyError}) and break the application;
 * caught here, the class keeps its original code and the user gets a diagnostic instead.
 */
final class GeneratedCodeCheck {
  private GeneratedCodeCheck() {}

  /** One line per method of {@code classBytes} that fails, naming it and the verifier's reason. */
  static List<String> failures(byte[] classBytes) {
    ClassNode cn = new ClassNode();
    new ClassReader(classBytes).accept(cn, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    List<String> failures = new ArrayList<>();
    for (MethodNode mn : cn.methods) {
      if (mn.instructions.size() == 0) continue;
      try {
        new Analyzer<BasicValue>(new BasicVerifier()).analyze(cn.name, mn);
      } catch (AnalyzerException | RuntimeException e) {
        failures.add(mn.name + mn.desc + ": " + e.getMessage());
      }
    }
    return failures;
  }
}
