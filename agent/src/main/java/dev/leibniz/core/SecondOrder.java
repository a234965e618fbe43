package dev.leibniz.core;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.emit.Emitter;
import dev.leibniz.core.emit.SecondOrderTapes;
import dev.leibniz.core.forward.TangentBuilder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.lift.Lifter;
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
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Second order by forward over reverse: for a method marked {@code @Differentiable(order = 2)},
 * the adjoint {@code m$adjoint} in its workspace-free form (one method with tapes of its own,
 * calling its callees' contract adjoints, built for this pass only: the emitted adjoint is an entry
 * and a body sharing a tape workspace) is lifted back from its bytecode and differentiated in
 * tangent mode, giving {@code m$adjoint$tangent} (the contract applied twice). Its tapes are
 * ordinary local arrays (the {@code double} tape is active, integer tapes are passive), its shadow
 * arrays ordinary arrays, and its helpers {@link dev.leibniz.core.analysis.HelperIntrinsic linear
 * intrinsics}. The adjoints that the adjoint calls in this class (helpers, variants, other marked
 * methods, hosted companions of other classes' methods) get second-order companions too; a marked
 * callee of another class must be marked order 2 itself.
 *
 * <p>Runs after the first-order companions of a class are generated; failures here never affect
 * them.
 */
final class SecondOrder implements Callees {
  static final String MODE = "second-order";

  /** A Double result gets $tangent and $adjoint only (the contract boxes the first-order result's tangent). */
  static final String BOXED_RESULT_ONLY_FIRST_ORDER = "a method with a Double result gets $tangent and $adjoint only"
      + " (no order = 2, no tangents = true): declare the result double for those";
  private static final String SUFFIX = "$tangent";

  private final ClassNode cn;
  /** The first-order tangent mode's callees: the forward sweep's primal callees need their tangents. */
  private final Callees firstOrder;
  private final ClassLibrary library;
  /** The generated first-order methods by name + descriptor, read back with their max stack and locals. */
  private final Map<String, MethodNode> generated = new LinkedHashMap<>();
  private final Map<String, Graph> graphs = new LinkedHashMap<>();
  private final Map<String, NotDifferentiable> failed = new HashMap<>();
  private final Map<String, BitSet> writes = new HashMap<>();
  /** The entries of companions that take their tapes from the thread's sets ({@link SecondOrderTapes}), by adjoint key. */
  private final Map<String, MethodNode> entries = new HashMap<>();
  /** Sees each lifted adjoint next to its tangent (for {@code dump}, and tests of what an adjoint holds). */
  private GraphObserver observer = GraphObserver.NONE;

  /** What the pass adds to a class. */
  record Output(List<MethodNode> methods, List<Diagnostic> diagnostics) {
    /** This output and {@code more} (another pass run after the first order, such as the vector tangents). */
    Output with(Output more) {
      if (more.methods().isEmpty() && more.diagnostics().isEmpty()) return this;
      List<MethodNode> m = new ArrayList<>(methods);
      m.addAll(more.methods());
      List<Diagnostic> d = new ArrayList<>(diagnostics);
      d.addAll(more.diagnostics());
      return new Output(m, d);
    }
  }

  private SecondOrder(ClassNode cn, Callees firstOrder, ClassLibrary library) {
    this.cn = cn;
    this.firstOrder = firstOrder;
    this.library = library;
  }

  /**
   * The second-order companions of the class's methods marked order 2, given its tangent mode and
   * its workspace-free adjoint mode ({@link ModeUnit#workspaceFreeAdjoint}; null when no method is
   * marked order 2).
   */
  static Output generate(SourceClass source, ModeUnit tangent, ModeUnit adjoint, ClassLibrary library, GraphObserver observer) {
    List<MethodNode> firstOrderMethods = new ArrayList<>();
    if (adjoint == null) return generate(source.cn, firstOrderMethods, tangent.callees(), library, observer); // nothing marked order 2
    for (ModeUnit mode : List.of(tangent, adjoint)) {
      for (String key : mode.keys()) {
        for (MethodNode mn : new MethodNode[] {mode.companion(key), mode.companion(key + ModeUnit.VARIANT)}) {
          if (mn != null) firstOrderMethods.add(mn);
        }
      }
    }
    return generate(source.cn, firstOrderMethods, tangent.callees(), library, observer);
  }

  /**
   * The methods marked order 2 whose first-order adjoint exists but whose workspace-free adjoint, which second order
   * differentiates, failed (a strategy call, which the first-order adjoint reverses in split mode:
   * CalleeOracle.strategyRefusal): their second-order companion is missing, and these diagnostics say why. When both
   * failed, the adjoint's own diagnostic explains it.
   */
  static Output workspaceFreeFailures(SourceClass source, ModeUnit workspaceFree, ModeUnit adjoint) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (MethodNode m : workspaceFree == null ? List.<MethodNode>of() : source.cn.methods) {
      NotDifferentiable e = workspaceFree.failure(m.name + m.desc);
      if (order(m) == 2 && e != null && adjoint.failure(m.name + m.desc) == null) diagnostics.add(diag(source.cn, m.name + m.desc, e));
    }
    return new Output(List.of(), diagnostics);
  }

  private static Output generate(ClassNode cn, List<MethodNode> firstOrderMethods, Callees firstOrder, ClassLibrary library,
      GraphObserver observer) {
    List<MethodNode> requested = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (MethodNode m : cn.methods) {
      int order = order(m);
      if (order == 2 && dev.leibniz.contract.CompanionContract.isBoxedScalar(org.objectweb.asm.Type.getReturnType(m.desc).getDescriptor())) {
        diagnostics.add(diag(cn, m.name + m.desc, new NotDifferentiable(firstLine(m), "", BOXED_RESULT_ONLY_FIRST_ORDER)));
      } else if (order == 2) {
        requested.add(m);
      } else if (order > 2 || order < 0 || (order == 0 && ClassDifferentiator.isMarked(m))) {
        diagnostics.add(diag(cn, m.name + m.desc, new NotDifferentiable(firstLine(m), "", "order = " + order
            + " is not supported; use order = 1 (companions $tangent and $adjoint) or order = 2 (also $adjoint$tangent)")));
      }
    }
    if (requested.isEmpty()) {
      return new Output(List.of(), diagnostics);
    }
    try {
      SecondOrder pass = new SecondOrder(cn, firstOrder, library);
      pass.observer = observer;
      return pass.run(requested, firstOrderMethods, diagnostics);
    } catch (RuntimeException e) {
      // Never let the second order cost the class its first-order companions.
      for (MethodNode m : requested) {
        diagnostics.add(diag(cn, m.name + m.desc, new NotDifferentiable(firstLine(m), "", "internal error in the second order: " + e)));
      }
      return new Output(List.of(), diagnostics);
    }
  }

  private static int firstLine(MethodNode m) {
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof org.objectweb.asm.tree.LineNumberNode) return ((org.objectweb.asm.tree.LineNumberNode) n).line;
    }
    return -1;
  }

  /** The {@code order} attribute of the method's {@code @Differentiable}, 1 when absent, 0 when unmarked. */
  static int order(MethodNode m) {
    AnnotationNode mark = Companions.mark(m);
    if (mark == null) return 0;
    return Companions.markAttribute(mark, "order") instanceof Integer order ? order : 1;
  }

  /** The adjoint's descriptor of own method {@code m}, with the shadows of objects (README, "Objects"). */
  private String adjointDesc(MethodNode m) {
    return Companions.adjointDesc(cn.name, (m.access & Opcodes.ACC_STATIC) != 0, m.desc, firstOrder.shadows());
  }

  @Override
  public dev.leibniz.core.ir.Shadows shadows() {
    return firstOrder.shadows();
  }

  private Output run(List<MethodNode> requested, List<MethodNode> firstOrderMethods, List<Diagnostic> diagnostics) {
    readBack(firstOrderMethods);
    Set<String> todo = new LinkedHashSet<>();
    for (MethodNode m : requested) {
      String adjoint = Companions.adjointName(m.name) + adjointDesc(m);
      if (generated.containsKey(adjoint)) {
        todo.add(adjoint);
      } // else the adjoint's own diagnostic explains why neither it nor its tangent exists
    }
    closure(todo);
    for (String key : todo) {
      try {
        Graph g = Lifter.lift(cn.name, generated.get(key));
        g.ownerIsInterface = (cn.access & Opcodes.ACC_INTERFACE) != 0;
        graphs.put(key, g);
      } catch (NotDifferentiable e) {
        failed.put(key, e);
      } catch (RuntimeException e) {
        failed.put(key, new NotDifferentiable(-1, "", "internal error while lifting the adjoint: " + e));
      }
    }
    Map<String, MethodNode> made = build(todo);
    for (Map.Entry<String, MethodNode> e : entries.entrySet()) {
      if (made.containsKey(e.getKey())) made.put("entry " + e.getKey(), e.getValue()); // the body is made's own
    }
    addCalledVariants(made);
    for (MethodNode m : requested) {
      NotDifferentiable e = failed.get(Companions.adjointName(m.name) + adjointDesc(m));
      if (e != null) diagnostics.add(diag(cn, m.name + m.desc, e));
    }
    return new Output(new ArrayList<>(made.values()), diagnostics);
  }

  /** Builds every tangent, failing callers of failed callees until stable. */
  private Map<String, MethodNode> build(Set<String> todo) {
    return UntilStable.build(todo, failed, this::tangentOf);
  }

  private MethodNode tangentOf(String key) throws NotDifferentiable {
    Graph g = graphs.get(key);
    MethodNode adjoint = generated.get(key);
    Graph d = TangentBuilder.build(g, Activity.of(g, this), this, adjoint.name + SUFFIX);
    observer.built(adjoint, g, d);
    int access = adjoint.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNCHRONIZED);
    String name = d.name, desc = d.desc;
    int tapes = SecondOrderTapes.reuse(d); // tapes taken from the thread's sets: d becomes the body of an entry
    int bodyAccess = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (access & Opcodes.ACC_STATIC);
    MethodNode mn;
    try {
      mn = Emitter.emit(d, tapes > 0 ? bodyAccess : access, new TreeSet<>());
    } catch (org.objectweb.asm.MethodTooLargeException | org.objectweb.asm.LimitExceededException e) {
      throw tooLarge(-1);
    }
    library.restoreArgumentViews(mn);
    int size = ClassDifferentiator.codeSize(mn);
    if (size > ClassDifferentiator.HUGE_METHOD_LIMIT) {
      throw tooLarge(size);
    }
    if (tapes > 0) {
      boolean itf = (cn.access & Opcodes.ACC_INTERFACE) != 0;
      entries.put(key, SecondOrderTapes.entry(cn.name, itf, access, name, desc, mn, tapes, !itf));
    }
    return mn;
  }

  private static NotDifferentiable tooLarge(int size) {
    return new NotDifferentiable(-1, "", "the generated second-order companion" + (size > 0 ? " has " + size + " bytes of bytecode,"
        : " is") + " over HotSpot's " + ClassDifferentiator.HUGE_METHOD_LIMIT + "-byte compile limit; split the method into smaller helper methods");
  }

  /** Writes the first-order methods into a scratch class and reads them back with max stack and locals. */
  private void readBack(List<MethodNode> methods) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, cn.access, cn.name, null, cn.superName, null);
    for (MethodNode mn : methods) {
      mn.accept(cw);
    }
    cw.visitEnd();
    ClassNode back = new ClassNode();
    new ClassReader(cw.toByteArray()).accept(back, 0);
    for (MethodNode mn : back.methods) {
      generated.put(mn.name + mn.desc, mn);
    }
  }

  /**
   * Adds the workspace-free distinct-arguments adjoints ({@code h$adjoint$distinct}) that the
   * output calls as they are (a call the tangent did not need to differentiate), transitively: the
   * emitted class has only their workspace forms. (Contract adjoints {@code h$adjoint} are there.)
   */
  private void addCalledVariants(Map<String, MethodNode> made) {
    List<MethodNode> work = new ArrayList<>(made.values());
    Set<String> added = new java.util.HashSet<>();
    while (!work.isEmpty()) {
      for (AbstractInsnNode n : work.remove(work.size() - 1).instructions) {
        if (!(n instanceof MethodInsnNode)) continue;
        MethodInsnNode c = (MethodInsnNode) n;
        String key = c.name + c.desc;
        if (c.owner.equals(cn.name) && c.name.endsWith(Companions.ADJOINT + "$distinct") && generated.containsKey(key)
            && added.add(key)) {
          made.put("variant " + key, generated.get(key)); // keys of made name the adjoint a tangent is of
          work.add(generated.get(key));
        }
      }
    }
  }

  /** Adds the same-class adjoints that the adjoints in {@code todo} call, transitively. */
  private void closure(Set<String> todo) {
    List<String> work = new ArrayList<>(todo);
    while (!work.isEmpty()) {
      MethodNode m = generated.get(work.remove(work.size() - 1));
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof MethodInsnNode) {
          MethodInsnNode c = (MethodInsnNode) n;
          String key = c.name + c.desc;
          if (c.owner.equals(cn.name) && isAdjointName(c.name) && generated.containsKey(key) && todo.add(key)) {
            work.add(key);
          }
        }
      }
    }
  }

  private static boolean isAdjointName(String name) {
    return name.endsWith(Companions.ADJOINT) || name.endsWith(Companions.ADJOINT + "$distinct");
  }

  private static Diagnostic diag(ClassNode cn, String key, NotDifferentiable e) {
    return new Diagnostic(cn.name.replace('/', '.'), key, e.line, e.instruction, MODE, e.getMessage());
  }

  // ------------------------------------------------------------ Callees of an adjoint

  @Override
  public boolean isDifferentiable(MethodRef m) {
    String key = m.name() + m.desc();
    if (m.owner().equals(cn.name)) {
      if (graphs.containsKey(key)) return !failed.containsKey(key);
      // A primal callee of the forward sweep: its tangent companion must exist.
      return generated.containsKey(Companions.tangentName(m.name()) + Companions.tangentDesc(m.desc()));
    }
    if (isAdjointName(m.name())) {
      // The adjoint of a marked method of another class: its class must generate the tangent too.
      return library.mayHaveCompanion(m.owner(), m.name() + SUFFIX, Companions.tangentDesc(m.desc()));
    }
    return firstOrder.isDifferentiable(m);
  }

  @Override
  public MethodRef companion(MethodRef m, String name, String desc) {
    // Adjoints of this class (own or hosted) and of marked classes hold their tangents next to them.
    return isAdjointName(m.name()) ? Callees.super.companion(m, name, desc) : firstOrder.companion(m, name, desc);
  }

  @Override
  public String whyNot(MethodRef m) {
    String key = m.name() + m.desc();
    if (isAdjointName(m.name())) {
      String name = m.owner().replace('/', '.') + "." + m.name().substring(0, m.name().indexOf(Companions.ADJOINT));
      NotDifferentiable e = failed.get(key);
      if (e != null) {
        return "the second-order companion of the callee " + name + " cannot be generated: " + e.getMessage();
      }
      return "the callee " + name + " has no second-order companion; mark it @Differentiable(order = 2) (or, if it is, see its class's diagnostics)";
    }
    return firstOrder.whyNot(m);
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
  public boolean isPure(MethodRef m) {
    return writes(m).isEmpty();
  }

  /** Passive calls of overridable methods: judged as in first order, kept behind the same receiver check. */
  @Override
  public dev.leibniz.core.analysis.DispatchedCode dispatchedCode(MethodRef m) {
    return firstOrder.dispatchedCode(m);
  }

  @Override
  public boolean usesOnlyInMessages(MethodRef m, int argIndex) {
    return firstOrder.usesOnlyInMessages(m, argIndex);
  }

  @Override
  public boolean writesArgument(MethodRef m, int argIndex) {
    return writes(m).get(argIndex);
  }

  /** The arguments an adjoint callee may write (its own graph, or every array for another class's). */
  private BitSet writes(MethodRef m) {
    if (!isAdjointName(m.name())) {
      BitSet w = new BitSet();
      int n = org.objectweb.asm.Type.getArgumentTypes(m.desc()).length + (m.isStatic() ? 0 : 1);
      for (int k = 0; k < n; k++) {
        if (firstOrder.writesArgument(m, k)) w.set(k);
      }
      for (int bit : new int[] {ParamWrites.FIELDS, ParamWrites.UNKNOWN, ParamWrites.FOUND_CALLEE_FIELDS, ParamWrites.NON_WHOLE_FIELDS}) {
        if (firstOrder.writesArgument(m, bit)) w.set(bit);
      }
      return w;
    }
    String key = m.owner() + "." + m.name() + m.desc();
    BitSet w = writes.get(key);
    if (w != null) return w;
    BitSet all = new BitSet();
    all.set(0, 255);
    writes.put(key, all); // a recursive call sees every array written until this is known
    Graph g = m.owner().equals(cn.name) ? graphs.get(m.name() + m.desc()) : null;
    w = g == null ? all : ParamWrites.withoutShapes(ParamWrites.of(g, this::writesArgument));
    writes.put(key, w);
    return w;
  }
}
