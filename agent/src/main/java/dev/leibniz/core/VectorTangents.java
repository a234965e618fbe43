package dev.leibniz.core;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.emit.Emitter;
import dev.leibniz.core.forward.VectorTangentBuilder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Vector tangents: for a method marked {@code @Differentiable(tangents = true)}, the companion
 * {@code m$tangents} that propagates k directions in one call ({@link VectorTangentBuilder}) and
 * the sparsity companion {@code m$pattern} ({@link dev.leibniz.core.forward.PatternBuilder}), one
 * {@link Kind} each. They call the same companions of the methods they call with active arguments:
 * those of other classes must be marked {@code tangents = true} too; static, private or final
 * methods of this class get private ones.
 *
 * <p>Runs after the first-order companions; its failures never affect them.
 */
final class VectorTangents implements Callees {
  /** The two companions of {@code tangents = true}: what each is called and how it is built. */
  enum Kind {
    VECTOR("vector-tangent", "vector tangent"),
    PATTERN("sparsity", "sparsity");

    final String mode;
    final String noun;

    Kind(String mode, String noun) {
      this.mode = mode;
      this.noun = noun;
    }

    String name(String method) {
      return this == VECTOR ? Companions.vectorTangentName(method) : Companions.patternName(method);
    }

    String desc(String desc) {
      return this == VECTOR ? Companions.vectorTangentDesc(desc) : dev.leibniz.core.forward.PatternBuilder.patternDesc(desc);
    }

    /** {@code compact}: vector tangents without the plain copies of direction loops (for size). */
    Graph build(Graph g, Activity a, Callees c, String name, boolean compact) throws NotDifferentiable {
      return this == VECTOR ? VectorTangentBuilder.build(g, a, c, name, !compact) : dev.leibniz.core.forward.PatternBuilder.build(g, a, c, name);
    }
  }

  private final Kind kind;

  private final SourceClass source;
  private final Callees firstOrder;
  private final ClassLibrary library;
  private final Map<String, NotDifferentiable> failed = new HashMap<>();
  private final List<String> requested;
  /** The requested methods and the same-class methods they call (which get private companions). */
  private final java.util.Set<String> todo = new java.util.LinkedHashSet<>();
  /**
   * The public {@code m$tangents} of each requested method, by key: an entry that takes the
   * thread's workspace and calls the body ({@link dev.leibniz.core.emit.Workspace#entry}).
   */
  private final Map<String, MethodNode> entries = new HashMap<>();
  /** Sees each graph built (for {@code dump}). */
  private GraphObserver observer = GraphObserver.NONE;

  private VectorTangents(Kind kind, SourceClass source, Callees firstOrder, ClassLibrary library, List<String> requested) {
    this.kind = kind;
    this.source = source;
    this.firstOrder = firstOrder;
    this.library = library;
    this.requested = requested;
    todo.addAll(requested);
  }

  /** The vector tangent companions of the class's methods marked {@code tangents = true}. */
  static SecondOrder.Output generate(SourceClass source, ModeUnit tangent, ClassLibrary library, GraphObserver observer) {
    List<String> requested = new ArrayList<>();
    for (String key : source.marked) {
      MethodNode m = source.methods.get(key);
      if (m != null && requested(m) && (m.access & Opcodes.ACC_ABSTRACT) == 0) requested.add(key);
    }
    List<String> boxed = new ArrayList<>();
    for (String key : requested) {
      if (dev.leibniz.contract.CompanionContract.isBoxedScalar(org.objectweb.asm.Type.getReturnType(source.methods.get(key).desc).getDescriptor())) boxed.add(key);
    }
    requested.removeAll(boxed);
    SecondOrder.Output out = new SecondOrder.Output(List.of(), List.of());
    for (String key : boxed) {
      out = out.with(new SecondOrder.Output(List.of(), List.of(new VectorTangents(Kind.values()[0], source, tangent.callees(), library, requested)
          .diag(key, new NotDifferentiable(source.firstLine(key), "", SecondOrder.BOXED_RESULT_ONLY_FIRST_ORDER)))));
    }
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (Kind kind : Kind.values()) {
      VectorTangents pass = new VectorTangents(kind, source, tangent.callees(), library, requested);
      pass.observer = observer;
      SecondOrder.Output made;
      try {
        made = pass.run();
      } catch (RuntimeException e) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String key : requested) {
          diagnostics.add(pass.diag(key, new NotDifferentiable(source.firstLine(key), "", "internal error in the " + kind.noun
              + " companion: " + e + " at " + java.util.Arrays.toString(java.util.Arrays.copyOf(e.getStackTrace(), 5)))));
        }
        made = new SecondOrder.Output(List.of(), diagnostics);
      }
      // One diagnostic per method: the sparsity companion fails for the same reasons as the vector
      // tangent, so its failure is reported only where the vector tangent was generated.
      List<Diagnostic> fresh = new ArrayList<>();
      for (Diagnostic d : made.diagnostics()) {
        if (reported.add(d.method())) fresh.add(d);
      }
      out = out.with(new SecondOrder.Output(made.methods(), fresh));
    }
    return out;
  }

  /** True when the method's {@code @Differentiable} says {@code tangents = true}. */
  static boolean requested(MethodNode m) {
    return Boolean.TRUE.equals(Companions.markAttribute(Companions.mark(m), "tangents"));
  }


  /** Builds every requested companion, failing callers of failed callees until stable. */
  private SecondOrder.Output run() {
    closure();
    Map<String, MethodNode> made = UntilStable.build(todo, failed, this::build);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String key : requested) {
      NotDifferentiable e = failed.get(key);
      if (e != null) diagnostics.add(diag(key, e));
    }
    return new SecondOrder.Output(reachable(made), diagnostics);
  }

  /**
   * Adds the static, private or final methods of this class that the methods in {@code todo} call
   * (transitively): a call with active arguments needs their {@code $tangents}, generated private.
   * Which calls have active arguments is known only later; helpers nobody calls are dropped.
   */
  private void closure() {
    List<String> work = new ArrayList<>(todo);
    while (!work.isEmpty()) {
      String key = work.remove(work.size() - 1);
      Graph g;
      try {
        g = source.inlined(key);
      } catch (NotDifferentiable e) {
        continue; // reported through the callers that need it, or for a requested method by build
      }
      for (dev.leibniz.core.ir.Block b : g.blocks) {
        for (dev.leibniz.core.ir.Insn i : b.insns) {
          if (i.op != dev.leibniz.core.ir.Op.INVOKE || !(i.attr instanceof MethodRef)) continue;
          MethodRef m = i.method();
          String callee = m.name() + m.desc();
          MethodNode mn = source.methods.get(callee);
          if (!m.owner().equals(source.cn.name) || mn == null || m.name().startsWith("<")) continue;
          boolean bound = (mn.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0
              || (source.cn.access & Opcodes.ACC_FINAL) != 0;
          if (bound && (mn.access & Opcodes.ACC_ABSTRACT) == 0 && todo.add(callee)) work.add(callee);
        }
      }
    }
  }

  /** The requested companions and the helpers' companions that they call, directly or not. */
  private List<MethodNode> reachable(Map<String, MethodNode> made) {
    Map<String, String> byCompanion = new HashMap<>();
    for (String key : made.keySet()) {
      MethodNode mn = made.get(key);
      byCompanion.put(mn.name + mn.desc, key);
    }
    List<MethodNode> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<String> work = new ArrayList<>();
    for (String key : requested) {
      if (made.containsKey(key) && seen.add(key)) work.add(key);
      if (made.containsKey(key) && entries.containsKey(key)) out.add(entries.get(key));
    }
    while (!work.isEmpty()) {
      MethodNode mn = made.get(work.remove(work.size() - 1));
      out.add(mn);
      for (org.objectweb.asm.tree.AbstractInsnNode n : mn.instructions) {
        if (n instanceof org.objectweb.asm.tree.MethodInsnNode c && c.owner.equals(source.cn.name)) {
          String key = byCompanion.get(c.name + c.desc);
          if (key != null && seen.add(key)) work.add(key);
        }
      }
    }
    return out;
  }

  private MethodNode build(String key) throws NotDifferentiable {
    MethodNode src = source.node(key);
    Graph g = source.inlined(key);
    String name = kind.name(src.name);
    String desc = kind.desc(src.desc);
    String refused = Refusals.ofCompanion(src, name, desc, kind.noun);
    if (refused != null) throw new NotDifferentiable(source.firstLine(key), "", refused);
    int access = (requested.contains(key) ? Opcodes.ACC_PUBLIC : Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC) | (src.access & (Opcodes.ACC_STATIC | Opcodes.ACC_SYNCHRONIZED));
    if (kind == Kind.VECTOR) {
      // a private body on the caller's workspace; the contract's companion, for a requested method, is its entry
      MethodNode body = bounded(key, g, Companions.vectorTangentBodyName(src.name),
          Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (src.access & Opcodes.ACC_STATIC));
      if (requested.contains(key)) {
        entries.put(key, dev.leibniz.core.emit.Workspace.entry(source.cn.name, source.isInterface, access, name, desc, body, !source.isInterface));
      }
      return body;
    }
    return bounded(key, g, name, access);
  }

  /** The companion {@code name} of {@code key}, under HotSpot's compile limit, or why it cannot be. */
  private MethodNode bounded(String key, Graph g, String name, int access) throws NotDifferentiable {
    MethodNode mn = emit(key, g, name, access, false);
    if (kind == Kind.VECTOR && (mn == null || ClassDifferentiator.codeSize(mn) > ClassDifferentiator.HUGE_METHOD_LIMIT)) {
      mn = emit(key, g, name, access, true); // without the plain copies of direction loops
    }
    if (mn == null) throw tooLarge(key, -1);
    int size = ClassDifferentiator.codeSize(mn);
    if (size > ClassDifferentiator.HUGE_METHOD_LIMIT) throw tooLarge(key, size);
    return mn;
  }

  /** The companion of {@code key}, or null when it is over the class file's limits. */
  private MethodNode emit(String key, Graph g, String name, int access, boolean compact) throws NotDifferentiable {
    Graph d;
    try {
      dev.leibniz.core.analysis.WholeNumberPoison.apply(g, Activity.of(g, this)); // NaN where a whole-number test holds
      d = kind.build(g, Activity.of(g, this), this, name, compact);
      observer.built(source.methods.get(key), g, d);
    } catch (NotDifferentiable e) {
      if (e.line > 0) throw e;
      throw new NotDifferentiable(source.firstLine(key), e.instruction, e.getMessage()); // located at the method
    } catch (RuntimeException e) {
      throw new NotDifferentiable(source.firstLine(key), "", "internal error: " + e + " at "
          + java.util.Arrays.toString(java.util.Arrays.copyOf(e.getStackTrace(), 6)));
    }
    MethodNode mn;
    try {
      mn = Emitter.emit(d, access, new TreeSet<>());
    } catch (org.objectweb.asm.MethodTooLargeException | org.objectweb.asm.LimitExceededException e) {
      return null;
    }
    library.restoreArgumentViews(mn);
    return mn;
  }

  private NotDifferentiable tooLarge(String key, int size) {
    return new NotDifferentiable(source.firstLine(key), "", "the generated " + kind.noun + " companion" + (size > 0 ? " has " + size
        + " bytes of bytecode," : " is") + " over HotSpot's " + ClassDifferentiator.HUGE_METHOD_LIMIT
        + "-byte compile limit; split the method into smaller helper methods");
  }

  private Diagnostic diag(String key, NotDifferentiable e) {
    return new Diagnostic(source.className, key, e.line, e.instruction, kind.mode, e.getMessage());
  }

  // ------------------------------------------------------------ Callees of a vector tangent

  @Override
  public boolean isDifferentiable(MethodRef m) {
    String key = m.name() + m.desc();
    if (m.owner().equals(source.cn.name)) {
      return todo.contains(key) && !failed.containsKey(key);
    }
    return library.mayHaveCompanion(m.owner(), kind.name(m.name()), kind.desc(m.desc()));
  }

  @Override
  public String whyNot(MethodRef m) {
    String name = m.owner().replace('/', '.') + "." + m.name();
    NotDifferentiable e = m.owner().equals(source.cn.name) ? failed.get(m.name() + m.desc()) : null;
    if (e != null) return "the " + kind.noun + " companion of the callee " + name + " cannot be generated: " + e.getMessage();
    return "the callee " + name + " has no " + kind.noun + " companion; mark it @Differentiable(tangents = true)"
        + " (or, if it is, see its class's diagnostics)";
  }

  /** A vector tangent of this class that no subclass overrides: callers of this class call its body. */
  @Override
  public boolean hasTangentsBody(MethodRef m) {
    if (kind != Kind.VECTOR || !m.owner().equals(source.cn.name) || !isDifferentiable(m)) return false;
    MethodNode mn = source.methods.get(m.name() + m.desc());
    return mn != null && ((mn.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0
        || (source.cn.access & Opcodes.ACC_FINAL) != 0);
  }

  @Override
  public boolean isPure(MethodRef m) {
    return firstOrder.isPure(m);
  }

  /** Passive calls of overridable methods: judged as in first order, kept behind the same receiver check. */
  @Override
  public dev.leibniz.core.analysis.DispatchedCode dispatchedCode(MethodRef m) {
    return firstOrder.dispatchedCode(m);
  }

  @Override
  public boolean mayHaveInfinitePartial(MethodRef m) {
    return firstOrder.mayHaveInfinitePartial(m);
  }

  @Override
  public boolean mayReturnRounded(MethodRef m) {
    return firstOrder.mayReturnRounded(m);
  }

  @Override
  public boolean usesOnlyInMessages(MethodRef m, int argIndex) {
    return firstOrder.usesOnlyInMessages(m, argIndex);
  }

  @Override
  public boolean writesArgument(MethodRef m, int argIndex) {
    return firstOrder.writesArgument(m, argIndex);
  }
}
