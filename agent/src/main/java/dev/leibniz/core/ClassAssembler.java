package dev.leibniz.core;

import dev.leibniz.core.emit.HelperCopier;
import dev.leibniz.core.emit.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Puts one class's result together from its two {@link ModeUnit}s: the diagnostics of the marked
 * methods (one per method when both modes fail for the same reason), the companion class (the
 * generated methods and the helpers they call) and the original class with those methods added.
 */
final class ClassAssembler {
  private final SourceClass source;
  /** The superclasses the companion class's frames merge references to. */
  private final TypeHierarchy hierarchy;

  ClassAssembler(SourceClass source, TypeHierarchy hierarchy) {
    this.source = source;
    this.hierarchy = hierarchy;
  }

  /**
   * {@code parts}: the primal parts of outlined methods, which the companions call (added to the class);
   * {@code shadowClasses}: the classes nobody annotated given shadows, listed in the class for zeroShadow.
   */
  Result assemble(byte[] original, ModeUnit tangent, ModeUnit adjoint, SecondOrder.Output second, List<MethodNode> parts,
      Set<String> shadowClasses) {
    Set<String> todo = new java.util.LinkedHashSet<>(tangent.keys());
    todo.addAll(adjoint.keys());
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String key : todo) {
      if (source.marked.contains(key)) diagnose(key, tangent.failure(key), adjoint.failure(key), diagnostics);
    }
    diagnostics.addAll(second.diagnostics());
    List<MethodNode> out = reachable(todo, Set.of(), tangent, adjoint, second.methods());
    OverrideGuards.apply(source, out, tangent, adjoint);
    if (!out.isEmpty()) out.addAll(parts);
    out = CallableMembers.of(out, source.cn.name, CallableMembers.dispatchable(original)); // never called: not emitted
    List<String> generated = new ArrayList<>();
    for (MethodNode mn : out) {
      generated.add(source.className + "." + mn.name + mn.desc);
    }
    if (out.isEmpty()) {
      return new Result(null, null, List.of(), diagnostics);
    }
    out.add(dev.leibniz.core.objects.ShadowClassList.method(shadowClasses)); // for zeroShadow; not a companion
    boolean cached = false;
    for (MethodNode mn : out) cached |= Workspace.readsCache(mn);
    Written written = companionClass(out, cached);
    byte[] companions = written.bytes();
    List<String> broken = GeneratedCodeCheck.failures(companions, original);
    if (!broken.isEmpty()) return originalCode(todo, internalError(broken), diagnostics);
    List<String> unframed = written.frameFailures(hierarchy);
    if (!unframed.isEmpty()) return originalCode(todo, unreadable(written.unknown(), unframed), diagnostics);
    return new Result(merge(original, companions, cached), companions, generated, diagnostics);
  }

  /**
   * The class unchanged, with one diagnostic per marked method that would have got companions:
   * generated code that fails verification is a defect of the agent, and handing it out would make
   * the whole class fail to load.
   */
  private Result originalCode(Set<String> todo, String reason, List<Diagnostic> diagnostics) {
    Set<String> reported = new java.util.HashSet<>();
    for (Diagnostic d : diagnostics) if (!d.warning()) reported.add(d.method());
    for (String key : todo) {
      if (source.marked.contains(key) && !reported.contains(key)) {
        diagnostics.add(new Diagnostic(source.className, key, -1, "", "both", reason));
      }
    }
    return new Result(null, null, List.of(), diagnostics);
  }

  private static String internalError(List<String> broken) {
    return "internal error: the generated code failed verification (" + first(broken)
        + "); the class keeps its original code. Please report this with the class file";
  }

  /** The reason when frames merged a class whose file could not be read, and a use of the merge fails. */
  private static String unreadable(Set<String> unknown, List<String> failures) {
    String classes = String.join(", ", unknown.stream().map(c -> c.replace('/', '.')).toList());
    return "the class file of " + classes + " cannot be read through the class loader (getResource), so the generated code's"
        + " stack map frames cannot merge " + (unknown.size() > 1 ? "those classes" : "that class") + " with another class, and a"
        + " use of the merged value would fail the JVM's verification (" + first(failures) + "); the class keeps its original"
        + " code. Make the class file readable through its loader, or give the variable one class on every path";
  }

  private static String first(List<String> failures) {
    return failures.get(0) + (failures.size() > 1 ? "; and " + (failures.size() - 1) + " more method(s)" : "");
  }

  /**
   * The companions of the class's own methods, and those of other classes' methods that they
   * call (directly or not): a hosted callee met only by a method that then failed is left out.
   */
  private List<MethodNode> reachable(Set<String> todo, Set<String> roots, ModeUnit tangent, ModeUnit adjoint, List<MethodNode> secondOrder) {
    List<MethodNode> out = new ArrayList<>(secondOrder);
    java.util.Map<String, MethodNode> hosted = new java.util.HashMap<>();
    for (String key : todo) {
      for (MethodNode mn : new MethodNode[] {tangent.companion(key), tangent.companion(key + ModeUnit.SPLIT),
          tangent.companion(key + ModeUnit.ENTRY), tangent.companion(key + ModeUnit.SPLIT + ModeUnit.ENTRY),
          adjoint.companion(key + ModeUnit.ENTRY), adjoint.companion(key),
          adjoint.companion(key + ModeUnit.VARIANT), adjoint.companion(key + ModeUnit.SPLIT),
          adjoint.companion(key + ModeUnit.SPLIT + ModeUnit.REVERSE)}) {
        if (mn == null) continue;
        if (SourceClass.isHosted(key) && !roots.contains(key)) hosted.put(mn.name + mn.desc, mn);
        else out.add(mn);
      }
      out.addAll(adjoint.stableSplits(key));
    }
    for (int k = 0; k < out.size(); k++) {
      for (AbstractInsnNode n : out.get(k).instructions) {
        if (n instanceof MethodInsnNode && ((MethodInsnNode) n).owner.equals(source.cn.name)) {
          MethodNode callee = hosted.remove(((MethodInsnNode) n).name + ((MethodInsnNode) n).desc);
          if (callee != null) out.add(callee);
        } else if (n instanceof InvokeDynamicInsnNode) { // a dispatch's fallback is a bootstrap argument
          for (Object arg : ((InvokeDynamicInsnNode) n).bsmArgs) {
            if (arg instanceof org.objectweb.asm.Handle && ((org.objectweb.asm.Handle) arg).getOwner().equals(source.cn.name)) {
              MethodNode callee = hosted.remove(((org.objectweb.asm.Handle) arg).getName() + ((org.objectweb.asm.Handle) arg).getDesc());
              if (callee != null) out.add(callee);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * The class of companions generated at a first dispatch ({@link OnDemand}): the companions of
   * {@code roots} (hosted keys included), those they call, and the helpers; null when none was made.
   */
  byte[] companionsOf(Set<String> roots, ModeUnit tangent, ModeUnit adjoint) {
    Set<String> todo = new java.util.LinkedHashSet<>(tangent.keys());
    todo.addAll(adjoint.keys());
    List<MethodNode> out = reachable(todo, roots, tangent, adjoint, List.of());
    if (out.isEmpty()) return null;
    boolean cached = false;
    for (MethodNode mn : out) cached |= Workspace.readsCache(mn);
    Written written = companionClass(out, cached);
    boolean sound = GeneratedCodeCheck.failures(written.bytes(), null).isEmpty() && written.frameFailures(hierarchy).isEmpty();
    return sound ? written.bytes() : null; // as if none was made
  }

  /** One diagnostic per failing mode, or one for both when they fail (even for different reasons). */
  private void diagnose(String key, NotDifferentiable t, NotDifferentiable a, List<Diagnostic> out) {
    if (t != null && a != null && t.getMessage().equals(a.getMessage())) {
      out.add(diagnostic(key, t, "both"));
    } else if (t != null && a != null) {
      NotDifferentiable first = t.line > 0 ? t : a;
      out.add(diagnostic(key, new NotDifferentiable(first.line, first.instruction,
          "tangent: " + t.getMessage() + "; adjoint: " + a.getMessage()), "both"));
    } else if (t == null && a instanceof ObjectRefusals.NotYet) {
      out.add(new Diagnostic(source.className, key, a.line, a.instruction, "adjoint", "no adjoint companion: " + a.getMessage(), true));
    } else {
      if (t != null) out.add(diagnostic(key, t, "tangent"));
      if (a != null) out.add(diagnostic(key, a, "adjoint"));
    }
  }

  Diagnostic diagnostic(String key, NotDifferentiable e, String mode) {
    return new Diagnostic(source.className, key, e.line, e.instruction, mode, e.getMessage());
  }

  /**
   * The helpers each bootstrap of a call site made by the core needs: they find one another by
   * name (MethodHandles lookups), which the helper copier's call graph does not see.
   */
  private static final java.util.Map<String, List<String>> BOOTSTRAPS = java.util.Map.of(
      Relocation.ACCESS, List.of(Relocation.ACCESS),
      Relocation.VIRTUAL, List.of(Relocation.VIRTUAL, "relink", "sameClass", "generated"),
      Relocation.VIRTUAL_OR, List.of(Relocation.VIRTUAL_OR, "relinkOr", "sameClass", "generated"),
      Stubs.LAMBDA_SITE, List.of(Stubs.LAMBDA_SITE, "relinkLambda", "sameClass", "generated"),
      OverrideGuards.SITE, List.of(OverrideGuards.SITE, "relinkOverride", "sameClass"),
      dev.leibniz.core.forward.Sweep.RUNS_SITE, List.of(dev.leibniz.core.forward.Sweep.RUNS_SITE, "relinkRuns", "sameClass"));

  /** The names of the {@code leibniz$} helpers that {@code out} calls. */
  private Set<String> helpers(List<MethodNode> out) {
    Set<String> helpers = new TreeSet<>();
    for (MethodNode mn : out) {
      for (AbstractInsnNode n : mn.instructions) {
        if (n instanceof MethodInsnNode) {
          MethodInsnNode c = (MethodInsnNode) n;
          String h = c.name.substring(Math.min(c.name.length(), Companions.HELPER_PREFIX.length()));
          // Companions of other classes' methods are named leibniz$owner$..., helpers have no '$'.
          if (c.owner.equals(source.cn.name) && c.name.startsWith(Companions.HELPER_PREFIX) && h.indexOf('$') < 0) {
            helpers.add(h);
          }
        } else if (n instanceof InvokeDynamicInsnNode) {
          String bsm = ((InvokeDynamicInsnNode) n).bsm.getName();
          if (bsm.startsWith(Companions.HELPER_PREFIX)) {
            helpers.addAll(BOOTSTRAPS.getOrDefault(bsm.substring(Companions.HELPER_PREFIX.length()), List.of()));
          }
        }
      }
    }
    return helpers;
  }

  /** A companion class, and the classes its frames merged without knowing their hierarchy. */
  private record Written(byte[] bytes, Set<String> unknown) {
    /** {@link FrameCheck}'s failures where a merge was guessed; none (nothing run) otherwise. */
    List<String> frameFailures(TypeHierarchy hierarchy) {
      return unknown.isEmpty() ? List.of() : FrameCheck.failures(bytes, hierarchy);
    }
  }

  private Written companionClass(List<MethodNode> out, boolean cached) {
    ClassDifferentiator.FrameWriter writer = new ClassDifferentiator.FrameWriter(hierarchy);
    ClassVisitor cw = cached ? Workspace.withCache(writer, source.cn.name) : writer;
    var cn = source.cn;
    cw.visit(Math.max(cn.version & 0xFFFF, Opcodes.V1_8), cn.access, cn.name, null, cn.superName, cn.interfaces.toArray(new String[0]));
    for (MethodNode mn : out) {
      mn.accept(cw);
    }
    HelperCopier.copy(helpers(out), cn.name, source.isInterface, cw);
    cw.visitEnd();
    return new Written(writer.toByteArray(), writer.unknown);
  }

  /** The original class, member for member, plus the companion class's methods. */
  private byte[] merge(byte[] original, byte[] companions, boolean cached) {
    ClassReader reader = new ClassReader(original);
    boolean noFrames = reader.readUnsignedShort(6) < Opcodes.V1_6; // stack map frames came with Java 6
    ClassWriter cw = new ClassWriter(reader, 0);
    ClassVisitor target = cached ? Workspace.withCache(cw, source.cn.name) : cw;
    reader.accept(new ClassVisitor(Opcodes.ASM9, target) {
      @Override
      public void visitEnd() {
        new ClassReader(companions).accept(new ClassVisitor(Opcodes.ASM9) {
          @Override
          public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
            // The companion class's initialiser of the tape cache: the original's gets it instead.
            return name.equals("<clinit>") ? null : cw.visitMethod(access, name, desc, sig, ex);
          }
        }, noFrames ? ClassReader.SKIP_FRAMES : 0);
        super.visitEnd();
      }
    }, 0);
    return cw.toByteArray();
  }
}
