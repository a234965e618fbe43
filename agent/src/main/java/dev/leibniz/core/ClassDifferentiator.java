package dev.leibniz.core;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.emit.Emitter;
import dev.leibniz.core.emit.HelperCopier;
import dev.leibniz.core.emit.Workspace;
import dev.leibniz.core.forward.TangentBuilder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.lift.Inliner;
import dev.leibniz.core.lift.InsnText;
import dev.leibniz.core.lift.Lifter;
import dev.leibniz.core.reverse.AdjointBuilder;
import dev.leibniz.core.analysis.ParamWrites;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Differentiates the {@code @Differentiable} methods of one class file: the core's single entry
 * point, free of any agent or class-loading concern. Stateless and thread-safe.
 *
 * <p>Marked methods get public companions; un-annotated static methods of the same class that
 * they call get private ones. A method (or one mode of it) that cannot be differentiated gets a
 * {@link Diagnostic}, and so does, transitively, every caller that needs its companion; the rest
 * of the class is still differentiated. Original members are copied byte for byte.
 */
public final class ClassDifferentiator {
  /** HotSpot does not JIT-compile methods with more bytecode than this (DontCompileHugeMethods). */
  public static final int HUGE_METHOD_LIMIT = 8000;

  private final ClassFinder finder;

  public ClassDifferentiator(ClassFinder finder) {
    this.finder = finder;
  }

  /** True when the class file declares a method annotated {@code @Differentiable}. */
  public static boolean marksAny(ClassNode cn) {
    for (MethodNode m : cn.methods) {
      if (isMarked(m)) return true;
    }
    return false;
  }

  static boolean isMarked(MethodNode m) {
    for (List<AnnotationNode> list : java.util.Arrays.asList(m.visibleAnnotations, m.invisibleAnnotations)) {
      if (list != null) {
        for (AnnotationNode a : list) {
          if (a.desc.equals(Companions.ANNOTATION)) return true;
        }
      }
    }
    return false;
  }

  /** Lifts, differentiates and emits; never throws for bad input (see {@link Result#diagnostics}). */
  public Result differentiate(byte[] classFile) {
    ClassNode cn = new ClassNode();
    try {
      new ClassReader(classFile).accept(cn, 0);
    } catch (RuntimeException e) {
      return new Result(null, null, List.of(), List.of(new Diagnostic("?", "?", -1, "", "both", "the class file cannot be read: " + e)));
    }
    if (!marksAny(cn)) {
      return new Result(null, null, List.of(), List.of());
    }
    return new Job(cn).run(classFile);
  }

  /** The work on one class. */
  private final class Job implements Callees {
    final ClassNode cn;
    final String className;
    final Map<String, MethodNode> methods = new LinkedHashMap<>();
    final Set<String> marked = new LinkedHashSet<>();
    final Map<String, Graph> graphs = new HashMap<>();
    final Map<String, NotDifferentiable> liftErrors = new HashMap<>();
    final Map<String, NotDifferentiable> failedTangent = new HashMap<>();
    final Map<String, NotDifferentiable> failedAdjoint = new HashMap<>();
    final Map<String, Boolean> pure = new HashMap<>();
    Map<String, NotDifferentiable> currentFailures;

    Job(ClassNode cn) {
      this.cn = cn;
      this.className = cn.name.replace('/', '.');
      for (MethodNode m : cn.methods) {
        methods.put(m.name + m.desc, m);
        if (isMarked(m)) marked.add(m.name + m.desc);
      }
    }

    Result run(byte[] original) {
      List<Diagnostic> diagnostics = new ArrayList<>();
      boolean isInterface = (cn.access & Opcodes.ACC_INTERFACE) != 0;
      if (isInterface && (cn.version & 0xFFFF) < Opcodes.V9) {
        for (String key : marked) {
          diagnostics.add(diag(key, new NotDifferentiable(-1, "", "methods of interfaces compiled for Java 8 or earlier are not supported (their companions need private interface methods, Java 9); move the method into a class"), "both"));
        }
        return new Result(null, null, List.of(), diagnostics);
      }
      Set<String> todo = closure();
      for (String key : todo) {
        try {
          Graph g = Lifter.lift(cn.name, methods.get(key));
          g.ownerIsInterface = isInterface;
          graphs.put(key, g);
        } catch (NotDifferentiable e) {
          liftErrors.put(key, e);
        } catch (RuntimeException e) {
          liftErrors.put(key, new NotDifferentiable(-1, "", "internal error while lifting: " + e));
        }
      }
      Map<String, MethodNode> tangents = generate(todo, true);
      Map<String, MethodNode> adjoints = generate(todo, false);
      Set<String> helpers = new TreeSet<>();
      List<MethodNode> out = new ArrayList<>();
      List<String> generated = new ArrayList<>();
      for (String key : todo) {
        boolean isMarked = marked.contains(key);
        NotDifferentiable t = failedTangent.get(key), a = failedAdjoint.get(key);
        if (isMarked) {
          if (t != null && a != null && t.getMessage().equals(a.getMessage())) {
            diagnostics.add(diag(key, t, "both"));
          } else if (t != null && a != null) {
            NotDifferentiable first = t.line > 0 ? t : a;
            diagnostics.add(diag(key, new NotDifferentiable(first.line, first.instruction,
                "tangent: " + t.getMessage() + "; adjoint: " + a.getMessage()), "both"));
          } else {
            if (t != null) diagnostics.add(diag(key, t, "tangent"));
            if (a != null) diagnostics.add(diag(key, a, "adjoint"));
          }
        }
      }
      boolean cached = false;
      for (String key : todo) {
        MethodNode entry = adjointEntry(key, adjoints.get(key), isInterface);
        cached |= entry != null && Workspace.readsCache(entry);
        for (MethodNode mn : new MethodNode[] {tangents.get(key), entry, adjoints.get(key), adjoints.get(key + VARIANT), adjoints.get(key + SPLIT)}) {
          if (mn == null) continue;
          out.add(mn);
          generated.add(className + "." + mn.name + mn.desc);
        }
      }
      for (MethodNode mn : out) {
        collectHelpers(mn, helpers);
      }
      if (out.isEmpty()) {
        return new Result(null, null, List.of(), diagnostics);
      }
      byte[] companions = companionClass(out, helpers, cached);
      byte[] transformed = merge(original, companions, cached);
      return new Result(transformed, companions, generated, diagnostics);
    }

    /** The contract's {@code m$adjoint}: takes the thread's tape workspace, runs the body (see {@link Workspace}). */
    private MethodNode adjointEntry(String key, MethodNode body, boolean isInterface) {
      if (body == null) return null;
      MethodNode src = methods.get(key);
      int access = (marked.contains(key) ? Opcodes.ACC_PUBLIC : Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC)
          | (src.access & Opcodes.ACC_STATIC);
      return Workspace.entry(cn.name, isInterface, access, Companions.adjointName(src.name), Companions.adjointDesc(src.desc), body, !isInterface);
    }

    private Diagnostic diag(String key, NotDifferentiable e, String mode) {
      return new Diagnostic(className, key, e.line, e.instruction, mode, e.getMessage());
    }

    /** Marked methods and the same-class static methods they call, transitively. */
    private Set<String> closure() {
      Set<String> set = new LinkedHashSet<>(marked);
      List<String> work = new ArrayList<>(marked);
      while (!work.isEmpty()) {
        MethodNode m = methods.get(work.remove(work.size() - 1));
        for (AbstractInsnNode n : m.instructions) {
          if (n instanceof MethodInsnNode) {
            MethodInsnNode c = (MethodInsnNode) n;
            String key = c.name + c.desc;
            if (c.owner.equals(cn.name) && methods.containsKey(key) && !c.name.startsWith("<")
                && helperCandidate(methods.get(key)) && set.add(key)) {
              work.add(key);
            }
          }
        }
      }
      return set;
    }

    /**
     * An un-annotated method of this class that may get private companions: a static one, or an
     * instance method that no subclass can override (private, final, or in a final class), so
     * that its companion is the derivative of the method a call actually runs.
     */
    private boolean helperCandidate(MethodNode m) {
      if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return false;
      if ((m.access & Opcodes.ACC_STATIC) != 0) return true;
      return (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 || (cn.access & Opcodes.ACC_FINAL) != 0;
    }

    /** Generates one mode for every method, failing callers of failed callees until stable. */
    private Map<String, MethodNode> generate(Set<String> todo, boolean tangentMode) {
      Map<String, NotDifferentiable> failed = tangentMode ? failedTangent : failedAdjoint;
      failed.putAll(liftErrors);
      currentFailures = failed;
      variants.clear();
      splits.clear();
      if (!tangentMode) {
        for (String key : todo) {
          if (!failed.containsKey(key) && variantEligible(key)) variants.add(key);
          if (!failed.containsKey(key) && splitEligible(key, todo)) splits.add(key);
        }
      }
      Map<String, MethodNode> made = new HashMap<>();
      boolean changed = true;
      while (changed) {
        changed = false;
        made.clear();
        for (String key : todo) {
          if (failed.containsKey(key)) continue;
          MethodNode src = methods.get(key);
          try {
            made.put(key, buildEither(key, tangentMode, false, src));
          } catch (NotDifferentiable e) {
            failed.put(key, e);
            variants.remove(key);
            changed = true;
          } catch (RuntimeException e) {
            failed.put(key, new NotDifferentiable(-1, "", "internal error: " + e + " at " + java.util.Arrays.toString(java.util.Arrays.copyOf(e.getStackTrace(), 8))));
            variants.remove(key);
            changed = true;
          }
        }
        for (String key : new ArrayList<>(variants)) {
          try {
            made.put(key + VARIANT, buildEither(key, false, true, methods.get(key)));
          } catch (NotDifferentiable | RuntimeException e) {
            variants.remove(key); // callers fall back to the general adjoint
            changed = true;
          }
        }
        for (String key : new ArrayList<>(splits)) {
          if (failed.containsKey(key)) {
            splits.remove(key);
            changed = true;
            continue;
          }
          try {
            splitBuild = true;
            made.put(key + SPLIT, buildEither(key, false, false, methods.get(key)));
          } catch (NotDifferentiable | RuntimeException e) {
            splits.remove(key); // callers fall back to joint reversal
            changed = true;
          } finally {
            splitBuild = false;
          }
        }
      }
      return made;
    }

    private int firstLine(MethodNode m) {
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof org.objectweb.asm.tree.LineNumberNode) {
          return ((org.objectweb.asm.tree.LineNumberNode) n).line;
        }
      }
      return -1;
    }

    private static final String VARIANT = "#distinct";
    /** Methods whose "distinct array arguments" adjoint variant exists (adjoint mode). */
    private final Set<String> variants = new LinkedHashSet<>();

    /** A static method with two or more array parameters that writes one of them. */
    private boolean variantEligible(String key) {
      MethodNode m = methods.get(key);
      if ((m.access & Opcodes.ACC_STATIC) == 0) return false;
      int arrays = 0;
      for (org.objectweb.asm.Type t : org.objectweb.asm.Type.getArgumentTypes(m.desc)) {
        if (t.getSort() == org.objectweb.asm.Type.ARRAY) arrays++;
      }
      if (arrays < 2) return false;
      BitSet w = writes(new MethodRef(Opcodes.INVOKESTATIC, cn.name, m.name, m.desc, false));
      return w.nextSetBit(0) >= 0 && w.nextSetBit(0) < 255;
    }

    private static final String SPLIT = "#split";
    /** Methods whose split adjoint exists (adjoint mode): callers reverse their calls split. */
    private final Set<String> splits = new LinkedHashSet<>();
    /** Set while a split adjoint is being built. */
    private boolean splitBuild;

    /** A method that another method of the class calls and whose result is not an array. */
    private boolean splitEligible(String key, Set<String> todo) {
      MethodNode m = methods.get(key);
      if (org.objectweb.asm.Type.getReturnType(m.desc).getSort() == org.objectweb.asm.Type.ARRAY) return false;
      for (String caller : todo) {
        for (AbstractInsnNode n : methods.get(caller).instructions) {
          if (n instanceof MethodInsnNode) {
            MethodInsnNode c = (MethodInsnNode) n;
            if (c.owner.equals(cn.name) && key.equals(c.name + c.desc)) return true;
          }
        }
      }
      return false;
    }

    @Override
    public boolean hasSplitAdjoint(MethodRef m) {
      return m.owner().equals(cn.name) && splits.contains(m.name() + m.desc());
    }

    @Override
    public boolean hasDistinctVariant(MethodRef m) {
      return m.owner().equals(cn.name) && m.isStatic() && variants.contains(m.name() + m.desc());
    }

    /** Builds from the inlined graph, or from the plain one when that fails. */
    private MethodNode buildEither(String key, boolean tangentMode, boolean variant, MethodNode src) throws NotDifferentiable {
      try {
        return build(inlined(key), tangentMode, variant, key, src);
      } catch (NotDifferentiable | RuntimeException e) {
        // Inlining may make a companion too large (or expose a helper's problem): try without.
        return build(graphs.get(key), tangentMode, variant, key, src);
      }
    }

    private final Map<String, Graph> inlined = new HashMap<>();

    /** The graph of {@code key} with small same-class callees inlined (lifted afresh: graphs stay pristine). */
    private Graph inlined(String key) throws NotDifferentiable {
      Graph g = inlined.get(key);
      if (g == null) {
        g = Lifter.lift(cn.name, methods.get(key));
        g.ownerIsInterface = graphs.get(key).ownerIsInterface;
        Inliner.inline(g, m -> m.owner().equals(cn.name) ? graphs.get(m.name() + m.desc()) : null);
        inlined.put(key, g);
      }
      return g;
    }

    private MethodNode build(Graph g, boolean tangentMode, boolean variant, String key, MethodNode src) throws NotDifferentiable {
      Activity act = Activity.of(g, this);
      Graph d = tangentMode
          ? TangentBuilder.build(g, act, this, Companions.tangentName(src.name))
          : splitBuild
              ? AdjointBuilder.buildSplit(g, act, this, Companions.splitBodyName(src.name))
          : variant
              ? AdjointBuilder.build(g, act, this, Companions.distinctAdjointName(src.name), true)
              : AdjointBuilder.build(g, act, this, Companions.adjointBodyName(src.name));
      int access = (marked.contains(key) && tangentMode ? Opcodes.ACC_PUBLIC : Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC)
          | (src.access & Opcodes.ACC_STATIC);
      MethodNode mn;
      try {
        mn = Emitter.emit(d, access, new TreeSet<>());
      } catch (org.objectweb.asm.MethodTooLargeException | org.objectweb.asm.LimitExceededException e) {
        throw new NotDifferentiable(firstLine(src), "", "the generated " + (tangentMode ? "tangent" : "adjoint")
            + " is over HotSpot's " + HUGE_METHOD_LIMIT + "-byte compile limit; split the method into smaller helper methods");
      }
      int size = codeSize(mn);
      if (size > HUGE_METHOD_LIMIT) {
        throw new NotDifferentiable(firstLine(src), "", "the generated " + (tangentMode ? "tangent" : "adjoint") + " has " + size
            + " bytes of bytecode, over HotSpot's " + HUGE_METHOD_LIMIT + "-byte compile limit; split the method into smaller helper methods");
      }
      return mn;
    }

    // ------------------------------------------------------------ Callees

    @Override
    public boolean isDifferentiable(MethodRef m) {
      String key = m.name() + m.desc();
      if (m.owner().equals(cn.name)) {
        return graphs.containsKey(key) && !currentFailures.containsKey(key)
            && (marked.contains(key) || helperCandidate(methods.get(key)));
      }
      MethodNode other = foreign(m);
      return other != null && isMarked(other);
    }

    @Override
    public String whyNot(MethodRef m) {
      String key = m.name() + m.desc();
      String name = m.owner().replace('/', '.') + "." + m.name();
      if (m.owner().equals(cn.name) && currentFailures.containsKey(key)) {
        NotDifferentiable e = currentFailures.get(key);
        return "the callee " + name + " cannot be differentiated"
            + (e.line > 0 ? " (line " + e.line + ")" : "") + ": " + e.getMessage();
      }
      if (m.owner().equals(cn.name) && methods.containsKey(key)) {
        return "the callee's result depends on an active value, and " + name
            + " is an overridable instance method that is not @Differentiable; annotate it, or make it static, private or final";
      }
      return "the callee's result depends on an active value, and " + name
          + " is not @Differentiable; annotate it, or move it into this class as a static method";
    }

    @Override
    public boolean isPure(MethodRef m) {
      return writes(m).isEmpty();
    }

    @Override
    public boolean writesArgument(MethodRef m, int argIndex) {
      return writes(m).get(argIndex);
    }

    private final Map<String, BitSet> writes = new HashMap<>();

    /** The arguments (receiver first; bit 255: fields) that {@code m} may write. */
    private BitSet writes(MethodRef m) {
      String key = m.owner() + "." + m.name() + m.desc();
      BitSet w = writes.get(key);
      if (w != null) {
        return w;
      }
      writes.put(key, ParamWrites.ALL); // a recursive call sees "everything" until this is known
      Graph g = m.owner().equals(cn.name) ? graphs.get(m.name() + m.desc()) : null;
      MethodNode mn = g != null ? null : m.owner().equals(cn.name) ? methods.get(m.name() + m.desc()) : foreign(m);
      if (g == null && mn != null) {
        try {
          g = Lifter.lift(m.owner(), mn);
        } catch (NotDifferentiable | RuntimeException e) {
          g = null;
        }
      }
      w = g == null ? ParamWrites.ALL : ParamWrites.of(g, this::writesArgument);
      writes.put(key, w);
      return w;
    }

    private final Map<String, ClassNode> foreignClasses = new HashMap<>();

    private MethodNode foreign(MethodRef m) {
      if (m.owner().startsWith("[") || m.owner().startsWith("java/")) return null;
      ClassNode other = foreignClasses.computeIfAbsent(m.owner(), o -> {
        byte[] bytes = finder.find(o);
        if (bytes == null) return null;
        try {
          ClassNode c = new ClassNode();
          new ClassReader(bytes).accept(c, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
          return c;
        } catch (RuntimeException e) {
          return null;
        }
      });
      if (other == null) return null;
      for (MethodNode mn : other.methods) {
        if (mn.name.equals(m.name()) && mn.desc.equals(m.desc())) return mn;
      }
      return null;
    }

    // ------------------------------------------------------------ class files

    private void collectHelpers(MethodNode mn, Set<String> helpers) {
      for (AbstractInsnNode n : mn.instructions) {
        if (n instanceof MethodInsnNode) {
          MethodInsnNode c = (MethodInsnNode) n;
          if (c.owner.equals(cn.name) && c.name.startsWith(Companions.HELPER_PREFIX)) {
            String h = c.name.substring(Companions.HELPER_PREFIX.length());
            helpers.add(h);
            if (h.equals("zeros") || h.equals("snapshot")) helpers.add(h);
          }
        }
      }
    }

    private byte[] companionClass(List<MethodNode> out, Set<String> helpers, boolean cached) {
      FrameWriter writer = new FrameWriter();
      ClassVisitor cw = cached ? Workspace.withCache(writer, cn.name) : writer;
      cw.visit(Math.max(cn.version & 0xFFFF, Opcodes.V1_8), cn.access, cn.name, null, cn.superName, cn.interfaces.toArray(new String[0]));
      for (MethodNode mn : out) {
        mn.accept(cw);
      }
      HelperCopier.copy(helpers, cn.name, (cn.access & Opcodes.ACC_INTERFACE) != 0, cw);
      cw.visitEnd();
      return writer.toByteArray();
    }

    /** The original class, member for member, plus the companion class's methods. */
    private byte[] merge(byte[] original, byte[] companions, boolean cached) {
      ClassReader reader = new ClassReader(original);
      ClassWriter cw = new ClassWriter(reader, 0);
      ClassVisitor target = cached ? Workspace.withCache(cw, cn.name) : cw;
      reader.accept(new ClassVisitor(Opcodes.ASM9, target) {
        @Override
        public void visitEnd() {
          new ClassReader(companions).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public org.objectweb.asm.MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
              // The companion class's initialiser of the cache field: the original's gets it instead.
              return name.equals("<clinit>") ? null : cw.visitMethod(access, name, desc, sig, ex);
            }
          }, 0);
          super.visitEnd();
        }
      }, 0);
      return cw.toByteArray();
    }
  }

  /** The bytecode size of {@code mn}, measured by writing it (frames are not needed for that). */
  static int codeSize(MethodNode mn) {
    LabelNode end = new LabelNode();
    MethodNode copy = new MethodNode(Opcodes.ASM9, mn.access, mn.name, mn.desc, null, null);
    mn.accept(copy);
    copy.instructions.add(end);
    ClassWriter cw = new ClassWriter(0);
    cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "Size", null, "java/lang/Object", null);
    copy.accept(cw);
    return end.getLabel().getOffset();
  }

  /** Computes frames without loading classes: unrelated reference types merge to Object. */
  static final class FrameWriter extends ClassWriter {
    FrameWriter() {
      super(ClassWriter.COMPUTE_FRAMES);
    }

    @Override
    protected String getCommonSuperClass(String a, String b) {
      return a.equals(b) ? a : "java/lang/Object";
    }
  }
}
