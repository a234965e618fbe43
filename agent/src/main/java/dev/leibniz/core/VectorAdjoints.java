package dev.leibniz.core;

import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.WholeNumberPoison;
import dev.leibniz.core.emit.Emitter;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.reverse.AdjointBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * Vector adjoints: for a method marked {@code @Differentiable(adjoints = true)}, the public
 * companion {@code m$adjoints} that gives k rows of a Jacobian from one forward sweep and k reverse
 * sweeps ({@link AdjointBuilder#buildRows}, {@link dev.leibniz.core.reverse.RowSweeps}): a row of
 * the Jacobian by {@code m$adjoint} runs the whole forward sweep again (ADBench BA: two rows per
 * observation, two forward sweeps). Built for static {@code void} methods of scalars, {@code
 * double[]} and passive parameters whose adjoint keeps no tape and calls nothing but {@code Math}
 * (same-class helpers inlined); otherwise a warning says why. Runs after the first-order
 * companions and never affects them. Next to it, {@code m$adjointsSet}: the same, writing the
 * rows that hold no seed rather than adding into them ({@link
 * dev.leibniz.core.reverse.OverwrittenRows}), so that a caller filling a Jacobian need not zero them.
 */
final class VectorAdjoints {
  private static final String MODE = "vector-adjoint";

  private VectorAdjoints() {}

  /** The vector adjoints of the class's methods marked {@code adjoints = true}, and a warning for each that cannot have one. */
  static SecondOrder.Output generate(SourceClass source, ModeUnit adjoint, GraphObserver observer) {
    List<MethodNode> made = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String key : source.marked) {
      MethodNode m = source.methods.get(key);
      if (m == null || !requested(m) || (m.access & Opcodes.ACC_ABSTRACT) != 0) continue;
      try {
        made.add(build(source, key, m, adjoint.callees(), observer, false, false));
        made.add(build(source, key, m, adjoint.callees(), observer, true, false));
        made.add(build(source, key, m, adjoint.callees(), observer, true, true));
      } catch (NotDifferentiable e) {
        diagnostics.add(new Diagnostic(source.className, key, e.line > 0 ? e.line : source.firstLine(key), e.instruction, MODE,
            e.getMessage(), true));
      } catch (RuntimeException e) {
        diagnostics.add(new Diagnostic(source.className, key, source.firstLine(key), "", MODE, "internal error in the vector adjoint: "
            + e + " at " + java.util.Arrays.toString(java.util.Arrays.copyOf(e.getStackTrace(), 5)), true));
      }
    }
    return new SecondOrder.Output(made, diagnostics);
  }

  /** True when the method's {@code @Differentiable} says {@code adjoints = true}. */
  static boolean requested(MethodNode m) {
    return Boolean.TRUE.equals(Companions.markAttribute(Companions.mark(m), "adjoints"));
  }


  /**
   * {@code m$adjoints}, or with {@code overwrite} {@code m$adjointsSet} (the rows that hold no seed written, not added into),
   * with {@code slices} too {@code m$adjointsInto} (its rows in slices of flat arrays).
   */
  private static MethodNode build(SourceClass source, String key, MethodNode m, Callees callees, GraphObserver observer,
      boolean overwrite, boolean slices) throws NotDifferentiable {
    int line = source.firstLine(key);
    if ((m.access & Opcodes.ACC_STATIC) == 0) throw refused(line, "it is an instance method");
    if (Type.getReturnType(m.desc).getSort() != Type.VOID) throw refused(line, "it returns a value");
    for (Type t : Type.getArgumentTypes(m.desc)) {
      if (t.getSort() == Type.OBJECT || (t.getSort() == Type.ARRAY && !t.getDescriptor().equals("[D")
          && (t.getElementType().getSort() == Type.DOUBLE || t.getElementType().getSort() == Type.FLOAT || t.getDimensions() > 1))) {
        throw refused(line, "a parameter is " + t.getClassName() + " (scalars, double[] and arrays of integers only)");
      }
    }
    Graph g = source.inlined(key);
    Activity act = Activity.of(g, callees);
    if (WholeNumberPoison.apply(g, act)) act = Activity.of(g, callees);
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (i.op == Op.INVOKE && !i.method().owner().equals("java/lang/Math") && !i.method().owner().equals("java/lang/StrictMath")
            && !act.isPassiveCall(i) && anyActive(act, i)) {
          throw refused(i.line > 0 ? i.line : line, "it calls " + i.method().owner().replace('/', '.') + "." + i.method().name()
              + " with active arguments");
        }
      }
    }
    String name = slices ? Companions.vectorAdjointIntoName(m.name)
        : overwrite ? Companions.vectorAdjointSetName(m.name) : Companions.vectorAdjointName(m.name);
    String refusal = Refusals.ofCompanion(m, name, slices ? Companions.vectorAdjointIntoDesc(m.desc) : Companions.vectorAdjointDesc(m.desc),
        "vector adjoint");
    if (refusal != null) throw new NotDifferentiable(line, "", refusal);
    Graph d;
    try {
      d = slices ? AdjointBuilder.buildRowsInto(g, act, callees, name)
          : overwrite ? AdjointBuilder.buildRowsOverwriting(g, act, callees, name) : AdjointBuilder.buildRows(g, act, callees, name);
      observer.built(m, g, d);
    } catch (NotDifferentiable e) {
      throw e.line > 0 ? e : new NotDifferentiable(line, e.instruction, e.getMessage());
    }
    MethodNode mn;
    try {
      mn = Emitter.emit(d, Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | (m.access & Opcodes.ACC_SYNCHRONIZED), new TreeSet<>());
    } catch (org.objectweb.asm.MethodTooLargeException | org.objectweb.asm.LimitExceededException e) {
      throw refused(line, "it would be over the class file's size limit");
    }
    if (ClassDifferentiator.codeSize(mn) > ClassDifferentiator.HUGE_METHOD_LIMIT) {
      throw refused(line, "it would be over HotSpot's " + ClassDifferentiator.HUGE_METHOD_LIMIT + "-byte compile limit");
    }
    return mn;
  }

  private static boolean anyActive(Activity act, Insn i) {
    for (dev.leibniz.core.ir.Value v : i.args) if (act.isActive(v)) return true;
    return act.isActive(i);
  }

  private static NotDifferentiable refused(int line, String why) {
    return new NotDifferentiable(line, "", "no vector adjoint: " + why + "; call m$adjoint once per row instead");
  }
}
