package dev.leibniz.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
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

  /**
   * One line per method of {@code classBytes} that fails, naming it and the verifier's reason; with
   * the {@code original} class it joins, also a call of a generated method of that class that neither
   * defines ({@code NoSuchMethodError} at the first call of a companion, else).
   */
  static List<String> failures(byte[] classBytes, byte[] original) {
    ClassNode cn = new ClassNode();
    new ClassReader(classBytes).accept(cn, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    Set<String> defined = original == null ? null : defined(cn, original);
    List<String> failures = new ArrayList<>();
    for (MethodNode mn : cn.methods) {
      if (mn.instructions.size() == 0) continue;
      try {
        new Analyzer<BasicValue>(new BasicVerifier()).analyze(cn.name, mn);
      } catch (AnalyzerException | RuntimeException e) {
        failures.add(mn.name + mn.desc + ": " + e.getMessage());
      }
      if (defined == null) continue;
      for (AbstractInsnNode n : mn.instructions) {
        if (n instanceof MethodInsnNode c && c.owner.equals(cn.name) && isGenerated(c.name) && !defined.contains(c.name + c.desc)) {
          failures.add(mn.name + mn.desc + ": calls " + c.name + c.desc + ", which is not generated");
        }
      }
    }
    return failures;
  }

  private static Set<String> defined(ClassNode companions, byte[] original) {
    Set<String> defined = new HashSet<>();
    for (MethodNode mn : companions.methods) defined.add(mn.name + mn.desc);
    ClassNode cn = new ClassNode();
    new ClassReader(original).accept(cn, ClassReader.SKIP_CODE);
    for (MethodNode mn : cn.methods) defined.add(mn.name + mn.desc);
    return defined;
  }

  /** A name the core makes (a companion, a part, an outlined body), not one the user's code may inherit. */
  private static boolean isGenerated(String name) {
    for (String mark : GENERATED_MARKS) if (name.contains(mark)) return true;
    return false;
  }

  private static final String[] GENERATED_MARKS = {"$tangent", "$adjoint", "$split", "$part", "$loop", "$ckpt", "$arm"};
}
