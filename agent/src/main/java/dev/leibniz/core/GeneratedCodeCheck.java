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
 * through a verifier (types of locals and stack slots, local indices within {@code max_locals};
 * with the core's class-bytes lookup, reference types too: {@link HeaderVerifier}, no class
 * loading), and its links to other classes are resolved ({@link LinkCheck}). The JVM verifies a
 * class as a whole, so one bad generated method would make the user's class fail to load
 * ({@code VerifyError}) and break the application, and a broken link fails at its first run;
 * caught here, the class keeps its original code and the user gets a diagnostic instead. Where a
 * class it needs cannot be read, the reference-type check of that method is skipped (never a
 * refusal of code it cannot judge).
 */
final class GeneratedCodeCheck {
  private GeneratedCodeCheck() {}

  /**
   * One line per method of {@code classBytes} that fails, naming it and the verifier's reason; with
   * the {@code original} class it joins, also a call of a generated method of that class that neither
   * defines ({@code NoSuchMethodError} at the first call of a companion, else).
   */
  static List<String> failures(byte[] classBytes, byte[] original) {
    return failures(classBytes, original, null);
  }

  /** As above; with {@code library} (the class-bytes lookup), reference types and links to other classes too. */
  static List<String> failures(byte[] classBytes, byte[] original, ClassLibrary library) {
    return failures(classBytes, original, library, false);
  }

  /**
   * As above; {@code types}: also the reference types ({@link HeaderVerifier}). Not yet on in the
   * pipeline: it failed a fuzzed class that loads (VectorTangentFuzzTest), cause not found yet.
   */
  static List<String> failures(byte[] classBytes, byte[] original, ClassLibrary library, boolean types) {
    ClassNode cn = new ClassNode();
    new ClassReader(classBytes).accept(cn, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    Set<String> defined = original == null ? null : defined(cn, original);
    ClassNode self = library == null ? null : joined(cn, original);
    ClassHeaders headers = self == null ? null : new ClassHeaders(library, self);
    List<String> failures = new ArrayList<>();
    for (MethodNode mn : cn.methods) {
      if (mn.instructions.size() == 0) continue;
      try {
        new Analyzer<BasicValue>(new BasicVerifier()).analyze(cn.name, mn);
        if (headers != null) typesAndLinks(headers, self, original != null, types, mn, failures);
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

  /** Reference types ({@link HeaderVerifier}; skipped where a class could not be read) and {@link LinkCheck}. */
  private static void typesAndLinks(ClassHeaders headers, ClassNode self, boolean selfComplete, boolean types, MethodNode mn,
      List<String> failures) {
    headers.unsure = false;
    if (types) {
      try {
        new Analyzer<BasicValue>(new HeaderVerifier(headers, self)).analyze(self.name, mn);
      } catch (AnalyzerException | RuntimeException e) {
        if (!headers.unsure) failures.add(mn.name + mn.desc + ": " + e.getMessage());
      }
    }
    failures.addAll(new LinkCheck(headers, self, selfComplete).failures(mn));
  }

  /** The class as it will load: the original's header, fields and methods, with the generated methods. */
  private static ClassNode joined(ClassNode companions, byte[] original) {
    if (original == null) return companions;
    ClassNode cn = new ClassNode();
    new ClassReader(original).accept(cn, ClassReader.SKIP_CODE);
    Set<String> have = new HashSet<>();
    for (MethodNode mn : cn.methods) have.add(mn.name + mn.desc);
    for (MethodNode mn : companions.methods) {
      if (have.add(mn.name + mn.desc)) cn.methods.add(mn);
    }
    for (org.objectweb.asm.tree.FieldNode f : companions.fields) cn.fields.add(f);
    return cn;
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
  static boolean isGenerated(String name) {
    for (String mark : GENERATED_MARKS) if (name.contains(mark)) return true;
    return false;
  }

  private static final String[] GENERATED_MARKS = {"$tangent", "$adjoint", "$split", "$part", "$loop", "$ckpt", "$arm"};
}
