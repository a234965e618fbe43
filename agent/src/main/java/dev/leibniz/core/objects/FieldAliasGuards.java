package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Shadows;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Arrays read from fields are passive (data), array parameters are active. When a caller passes
 * the very array a field holds ({@code m.loss(m.w)} where {@code loss} reads {@code this.w}), the
 * derivative through the field's reads would be lost without a word. So after every read of a
 * {@code double}/{@code float} array from a field (or of a row of one, or returned by a call that
 * takes no array, such as a getter), and for every array
 * parameter of that type, this pass inserts an identity test that throws an
 * {@code IllegalArgumentException} naming the field and the parameter: one reference comparison,
 * in the primal code both modes copy. Array fields of objects with shadows are not data: they are
 * active, and the companions' entry checks compare such an alias's tangent with the shadow's field.
 */
public final class FieldAliasGuards {
  private final Graph g;
  private final String method;
  private final Shadows shadows;

  private FieldAliasGuards(Graph g, String method, Shadows shadows) {
    this.g = g;
    this.method = method;
    this.shadows = shadows;
  }

  /**
   * Inserts the guards into {@code g}; {@code method} names it in Java syntax for the message; no
   * guard for fields of objects of the classes {@code shadows} knows (found by ObjectFuzzTest:
   * {@code m.run(m.w)} with the shadow's {@code w} as the tangent was refused as "passive data").
   */
  public static void insert(Graph g, String method, Shadows shadows) {
    new FieldAliasGuards(g, method, shadows).run();
  }

  private void run() {
    guardScratchObjects();
    List<Insn> arrayParams = new ArrayList<>();
    for (Insn p : g.params) {
      if (Types.isDifferentiableArray(p.type)) arrayParams.add(p);
    }
    if (arrayParams.isEmpty()) return;
    Set<Value> fromFields = new HashSet<>();
    for (int k = 0; k < g.blocks.size(); k++) {
      Block b = g.blocks.get(k);
      for (int j = 0; j < b.insns.size(); j++) {
        Insn i = b.insns.get(j);
        String field = fieldOf(i, fromFields);
        if (field == null) continue;
        fromFields.add(i);
        List<Insn> same = new ArrayList<>();
        for (Insn p : arrayParams) {
          if (p.type.equals(i.type)) same.add(p);
        }
        if (same.isEmpty()) continue;
        guard(g, b, j, i, same, p -> message(field, p));
        break; // the rest of b moved to a new block, visited later
      }
    }
  }

  /**
   * An object field used as scratch ({@link ScratchFields}: one read at entry, its shadow made there) must not be an object
   * a parameter (or the receiver) holds: its derivatives would go into the shadow made here, not the one the caller
   * passed. One identity test per object parameter, after the read; parameters that may hold it inside (objects of other
   * classes with shadows, arrays of objects) are refused by Activity.
   */
  private void guardScratchObjects() {
    List<Insn> same = new ArrayList<>();
    for (Insn p : g.params) {
      if (p.type.getSort() == Type.OBJECT) same.add(p);
    }
    if (same.isEmpty()) return;
    Block b = g.entry();
    for (int j = 0; j < b.insns.size(); j++) {
      Insn i = b.insns.get(j);
      if ((i.op != Op.GETSTATIC && i.op != Op.GETFIELD) || i.type.getSort() != Type.OBJECT || !g.scratchFields.contains(i.attr)) continue;
      String field = "the object in field " + dev.leibniz.core.JavaSignature.field((FieldRef) i.attr);
      b = guard(g, b, j, i, same, p -> scratchMessage(field, p));
      j = -1; // the rest of the block moved to a new one: the next scratch read (all are at the entry) is there
    }
  }

  /** The field an array value comes from ("C.f" or "a row of C.f"), or null. */
  private String fieldOf(Insn i, Set<Value> fromFields) {
    if (!Types.isDifferentiableArray(i.type)) return null;
    if (i.op == Op.GETFIELD && shadows.has(i.arg(0).type)) return null;
    if (i.op == Op.GETFIELD || i.op == Op.GETSTATIC) {
      FieldRef f = (FieldRef) i.attr;
      return dev.leibniz.core.JavaSignature.field(f);
    }
    if (i.op == Op.ALOAD && fromFields.contains(i.arg(0))) {
      return "a row of an array read from a field";
    }
    if (i.op == Op.INVOKE && i.attr instanceof MethodRef && !takesArray(i)) {
      // a getter (m.getData()): without an array argument, a call returns the parameter only from a field
      MethodRef m = i.method();
      return "the array returned by " + dev.leibniz.core.JavaSignature.method(m);
    }
    return null;
  }

  private static boolean takesArray(Insn call) {
    for (Value a : call.args) {
      if (a.type.getSort() == Type.ARRAY) return true;
    }
    return false;
  }

  /**
   * Splits {@code b} of {@code g} after its {@code j}th instruction {@code i}: throw an {@code IllegalArgumentException}
   * with {@code message} of the parameter when {@code i} is the same array (object) as one of {@code params}; the rest.
   */
  static Block guard(Graph g, Block b, int j, Insn i, List<Insn> params, java.util.function.Function<Insn, String> message) {
    Block rest = GraphEdits.splitAfter(g, b, j);
    Block test = b;
    for (int k = 0; k < params.size(); k++) {
      Block next = k == params.size() - 1 ? rest : g.newBlock();
      Block fail = g.newBlock();
      Insn same = g.newInsn(Op.IF, Type.VOID_TYPE, Cond.EQ, i, params.get(k));
      same.line = i.line;
      same.targets = new Block[] {fail, next};
      test.terminator = same;
      fail.preds.add(test);
      next.preds.add(test);
      throwIn(g, fail, i, message.apply(params.get(k)));
      test = next;
    }
    return rest;
  }

  private static void throwIn(Graph g, Block fail, Insn at, String message) {
    Type iae = Type.getObjectType("java/lang/IllegalArgumentException");
    Insn ex = add(g, fail, Op.NEW, iae, null);
    Insn msg = add(g, fail, Op.CONST, Type.getObjectType("java/lang/String"), message);
    add(g, fail, Op.INVOKE, Type.VOID_TYPE,
        new MethodRef(Opcodes.INVOKESPECIAL, iae.getInternalName(), "<init>", "(Ljava/lang/String;)V", false), ex, msg);
    Insn t = g.newInsn(Op.THROW, Type.VOID_TYPE, null, ex);
    t.line = at.line;
    fail.terminator = t;
  }

  private static Insn add(Graph g, Block b, Op op, Type type, Object attr, Value... args) {
    Insn i = g.newInsn(op, type, attr, args);
    b.insns.add(i);
    return i;
  }

  private String scratchMessage(String field, Insn param) {
    int index = (int) param.attr - (g.isStatic() ? 0 : 1);
    return "leibniz: " + field + ", which " + method + " uses as scratch, is the same object as "
        + (index < 0 ? "the receiver" : "parameter " + index) + "; its derivatives would go into the scratch object's own"
        + " shadow, not the one passed with it; pass another object";
  }

  private String message(String field, Insn param) {
    int index = (int) param.attr - (g.isStatic() ? 0 : 1);
    return "leibniz: " + field + " is the same array as parameter " + index + " of " + method
        + "; arrays read from fields are passive data, so the derivative through those reads would be lost;"
        + " pass a copy (clone()) as the parameter, or read the array only through the parameter";
  }
}
