package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Shadows;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * A new object of a class with shadows built from values ({@code new State(current.position, current.velocity)},
 * WPILib's {@code TrapezoidProfile}), by a <em>plain</em> constructor ({@link NewResults#plainConstructor}: its
 * {@code double}/{@code float} parameters stored unchanged into fields of the class, after {@code Object()} or the
 * {@code super()} of superclasses that add nothing, {@link FieldlessBases}), whose
 * fields are not final: the construction becomes the same constructor given zeros, then the field writes {@code
 * o.f = a} it would make. The object is the same, and it is then a store made blank ({@code new C(0.0, 0.0)}: its
 * shadow the same call again, README "Objects"), into whose fields values are written as into any object's: tangents
 * and adjoints of the writes (taped where later writes overwrite them) come from the ordinary field code of both
 * modes, and no constructor ever sees a tangent. Run after scalar replacement, on the objects it left (a temporary is
 * taken apart before this matters); a constructor that computes, validates or writes final fields stays a call, and
 * is refused as before when given active values.
 */
public final class ValuedConstructions {
  private ValuedConstructions() {}

  /**
   * For a plain constructor {@code desc} of {@code c}, the fields each parameter is stored into, when every one of
   * them is non-final and writable from class {@code from} (its own, public in a public class, or not private in the
   * same package); else null. {@code c} extends {@code Object}, superclasses that add nothing ({@link
   * FieldlessBases}, read by {@code classes}), or value superclasses whose plain constructor its own calls
   * ({@link ValueBases}: a field is then named by the superclass declaring it).
   */
  public static List<List<FieldRef>> fieldsOf(ClassNode c, String desc, String from, Function<String, ClassNode> classes) {
    if (c == null) return null;
    List<List<String>> plain = NewResults.plainConstructor(c, desc, classes, true); // passive fields beside the numbers
    if (plain == null) return null;
    List<List<FieldRef>> out = new ArrayList<>();
    for (List<String> names : plain) {
      List<FieldRef> fields = new ArrayList<>();
      for (String name : names) {
        ValueBases.Declared f = ValueBases.field(c, name, classes); // its own, or a value superclass's (Unit's x)
        if (f == null || !writable(f.owner(), f.field(), from) || !ValueBases.reachable(c, f, from, classes)) return null;
        fields.add(f.ref());
      }
      out.add(fields);
    }
    return out;
  }

  /**
   * How objects of a class are made blank and filled for {@link #splitComputed}: a constructor given zeros (or no
   * argument) that makes an object carrying no derivative, and every instance field of the class, to copy.
   */
  public record Layout(String constructor, List<FieldRef> fields, List<MadeFields.Made> made) {
    public Layout(String constructor, List<FieldRef> fields) {
      this(constructor, fields, List.of());
    }
  }

  /**
   * The layout of {@code c} for objects built in class {@code from}: {@code c} extends {@code Object} or superclasses
   * that add nothing ({@link FieldlessBases}), or is final over value superclasses ({@link ValueBases}: their fields
   * first), its instance fields (all of them, its superclasses' too) are all primitive (or passive, or {@code double[]}/{@code float[]}: {@link NewResults#heldArray}), non-final and writable from {@code from}, and it has a constructor callable there that is
   * plain ({@link #fieldsOf}: given zeros, a blank construction) or takes no argument and is blank ({@code isBlank});
   * else null.
   */
  public static Layout layoutOf(ClassNode c, String from, java.util.function.Predicate<String> isBlank,
      Function<String, ClassNode> classes) {
    List<FieldRef> fields = layoutFields(c, from, classes, java.util.Set.of());
    String blank = null;
    for (org.objectweb.asm.tree.MethodNode m : c.methods) {
      if (!m.name.equals("<init>") || !callable(c, m.access, from) || fieldsOf(c, m.desc, from, classes) == null) continue;
      // a plain constructor that makes sub-objects from nothing given (MadeFields): their fields are the object's own
      List<MadeFields.Made> made = MadeFields.of(c, m.desc, classes);
      if (made == null) continue;
      if (made.isEmpty() && fields != null) return new Layout(m.desc, fields);
      List<FieldRef> rest = made.isEmpty() ? null
          : layoutFields(c, from, classes, made.stream().map(x -> x.field().name()).collect(java.util.stream.Collectors.toSet()));
      if (rest != null) return new Layout(m.desc, rest, made);
    }
    if (fields == null) return null;
    for (org.objectweb.asm.tree.MethodNode m : c.methods) {
      if (!m.name.equals("<init>") || !callable(c, m.access, from)) continue;
      if (m.desc.equals("()V") && isBlank.test(m.desc)) blank = m.desc;
    }
    return blank == null ? null : new Layout(blank, fields);
  }

  /**
   * The instance fields a layout of {@code c} copies ({@link #layoutOf}: its conditions on the class), or null. A field
   * every constructor leaves at its default ({@link DefaultFields}) is none of them: it is 0 in the object split from as
   * in the one filled, so it need not be writable from {@code from}.
   */
  private static List<FieldRef> layoutFields(ClassNode c, String from, Function<String, ClassNode> classes) {
    return layoutFields(c, from, classes, java.util.Set.of());
  }

  /** {@link #layoutFields}, but for the fields named in {@code made}: sub-objects the layout constructor makes ({@link MadeFields}). */
  private static List<FieldRef> layoutFields(ClassNode c, String from, Function<String, ClassNode> classes,
      java.util.Set<String> made) {
    if (c == null || (c.access & Opcodes.ACC_ABSTRACT) != 0) return null;
    List<ValueBases.Declared> all = ValueBases.fields(c, classes); // superclasses' fields first (a final Unit's x, y, z)
    if (all == null || !FieldlessBases.only(c, classes) && all.size() == ValueBases.ownFields(c)) return null;
    List<FieldRef> fields = new ArrayList<>();
    for (ValueBases.Declared f : all) {
      // a cache no constructor fills (Vec4's private hashCode): 0 in the temporary as in the blank object, nothing to copy
      if (f.owner().name.equals(c.name) && DefaultFields.leftAtDefault(c, f.field())) continue;
      if (f.owner().name.equals(c.name) && made.contains(f.field().name)) continue; // made alike by every construction split
      Type t = Type.getType(f.field().desc); // a held array too (PDFBox's Matrix(float[] src)): copied as the field it is
      if (f.field().desc.length() != 1 && !PassiveFields.type(t) && !NewResults.heldArray(t) || !writable(f.owner(), f.field(), from)
          || !ValueBases.reachable(c, f, from, classes)) return null;
      fields.add(f.ref());
    }
    return fields;
  }

  /**
   * For a class with no layout ({@link #layoutOf}: no constructor makes a blank object, Uncommons Maths' {@code
   * Probability} has only its checking {@code Probability(double)}): a layout whose constructor is {@code init}
   * itself, to be given the same arguments again ({@link #splitComputed}), when it is callable from {@code from},
   * contained ({@link ContainedConstructors}: on a path that returns it only writes its own fields) and the class's
   * fields are all primitive or passive (no array: the object it refills would hold the first one's array); else null.
   */
  public static Layout refillLayout(ClassNode c, String desc, String from, Function<String, ClassNode> classes) {
    List<FieldRef> fields = layoutFields(c, from, classes);
    if (fields == null || fields.stream().anyMatch(f -> NewResults.heldArray(Type.getType(f.desc())))) return null;
    for (org.objectweb.asm.tree.MethodNode m : c.methods) {
      if (m.name.equals("<init>") && m.desc.equals(desc) && callable(c, m.access, from)
          && ContainedConstructors.contained(c, desc, classes)) return new Layout(desc, fields);
    }
    return null;
  }

  /**
   * The floating fields to zero in the shadow of the object {@code init} constructs when it refills a construction
   * ({@link #splitComputed}, a {@link #refillLayout}): its constructor runs again on the same (primal) arguments, then
   * every field of the object is written from the temporary's, so nothing its arguments carry reaches it through the
   * constructor; null for any other constructor call.
   */
  public static List<dev.leibniz.core.ir.FieldPath> refilled(Insn init) {
    if (!(init.arg(0) instanceof Insn o) || !(o.origin instanceof LayoutSite site) || site.refilled() == null) return null;
    List<dev.leibniz.core.ir.FieldPath> out = new ArrayList<>();
    for (FieldRef f : site.refilled()) {
      if (f.desc().equals("D") || f.desc().equals("F")) out.add(dev.leibniz.core.ir.FieldPath.of(f));
    }
    return out;
  }

  private static boolean callable(ClassNode c, int access, String from) {
    if (c.name.equals(from)) return true;
    if ((access & Opcodes.ACC_PRIVATE) != 0) return false;
    if ((access & Opcodes.ACC_PUBLIC) != 0 && (c.access & Opcodes.ACC_PUBLIC) != 0) return true;
    return pkg(c.name).equals(pkg(from));
  }

  /**
   * Where a construction split by {@link #splitComputed} makes its object: a site of its own, stable across liftings;
   * {@code refilled}: the fields written after the constructor when it is run again on the same arguments ({@link
   * #refillLayout}), else null.
   */
  private record LayoutSite(Object of, List<FieldRef> refilled) {}

  /**
   * Before scalar replacement: each {@code o = new C(a, b)} of a class with shadows whose constructor is not plain
   * (it computes, validates, chains with {@code this(...)}) but that has a layout ({@link #layoutOf}) becomes
   * {@code t = new C(a, b); o = new C(0.0, 0.0); o.f = t.f; ...} — every field of {@code C} copied, so {@code o} is
   * the object the constructor made. {@code t} is a temporary, taken apart with the constructor's code
   * (the constructor is differentiated as the code of the method: its "result" is the object's fields), and {@code o}
   * is an object built from values, as {@link #rewrite} makes it. True when anything changed.
   */
  public static boolean splitComputed(Graph g, ObjectCode code, Shadows shadows) {
    boolean changed = false;
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn init = b.insns.get(j);
        if (!constructsShadowed(init, shadows) || code.plainConstructor((MethodRef) init.attr, g.owner) != null
            || splitAlready(b, j)) continue;
        MethodRef m = (MethodRef) init.attr;
        Insn made = (Insn) init.arg(0);
        Layout layout = code.layoutConstructor(m.owner(), g.owner);
        boolean refill = layout == null; // no blank object: the constructor again on the same arguments, then the fields
        if (refill) layout = code.refillLayout(m, g.owner);
        if (layout == null || !refill && layout.constructor().equals(m.desc()) || !code.leavesMadeAlike(m, layout)
            || !PassiveFields.carryNothing(layout.fields().stream().map(f -> Type.getType(f.desc()))
                .filter(t -> !held(t, shadows)).toList(), shadows)) continue;
        Insn o = g.newInsn(Op.NEW, made.type, null);
        o.origin = new LayoutSite(made.origin, refill ? layout.fields() : null);
        o.line = init.line;
        g.replaceUses(java.util.Map.of(made, o));
        init.args[0] = made; // the temporary keeps its constructor
        List<Insn> after = new ArrayList<>();
        after.add(o);
        Type[] types = Type.getArgumentTypes(layout.constructor());
        Value[] args = new Value[types.length + 1];
        args[0] = o;
        for (int k = 0; k < types.length; k++) {
          if (refill) {
            args[k + 1] = init.args[k + 1]; // the same values: the checks pass again, the fields are then overwritten
            continue;
          }
          Insn zero = PassiveFields.zero(g, types[k]);
          after.add(zero);
          args[k + 1] = zero;
        }
        Insn blank = g.newInsn(Op.INVOKE, Type.VOID_TYPE, new MethodRef(Opcodes.INVOKESPECIAL, m.owner(), "<init>", layout.constructor(), false), args);
        after.add(blank);
        for (FieldRef f : layout.fields()) {
          Insn get = g.newInsn(Op.GETFIELD, Type.getType(f.desc()), f, made);
          Insn put = g.newInsn(Op.PUTFIELD, Type.VOID_TYPE, f, o, get);
          after.add(get);
          after.add(put);
        }
        for (Insn i : after) {
          if (i.line <= 0) i.line = init.line;
          if (i != o) i.origin = init.origin;
        }
        b.insns.addAll(j + 1, after);
        j += after.size();
        changed = true;
      }
    }
    return changed;
  }

  /**
   * True when the constructor call at {@code j} is a temporary's this split made (its object copied next, at a {@link
   * LayoutSite}): {@code ObjectsToValues} splits again the constructions that inlined code brings in (Commons Numbers'
   * {@code negate().normalize()} building {@code new Quaternion(type, unit)} inside the caller), never one twice; nor the
   * constructor call on the object a split made.
   */
  private static boolean splitAlready(Block b, int j) {
    // the second constructor call of a split, on the object it made: a refill runs the same constructor again (LatLon's)
    if (b.insns.get(j).arg(0) instanceof Insn o && o.origin instanceof LayoutSite) return true;
    return j + 1 < b.insns.size() && b.insns.get(j + 1).op == Op.NEW && b.insns.get(j + 1).origin instanceof LayoutSite;
  }

  /**
   * True when generated code of class {@code from} may write field {@code f} of {@code c}: a final field always (its
   * {@code putfield} becomes a setter of the field made accessible, {@code Relocation.finalWrites}, legal on an object
   * nobody else has seen yet, as {@code zeroShadow} fills final fields; {@code c} extends {@code Object} or field-less
   * bases outside the JDK, so it is no record, whose fields nothing but its constructor may write), another one where {@code putfield} may.
   */
  private static boolean writable(ClassNode c, FieldNode f, String from) {
    if (c.name.equals(from) || (f.access & Opcodes.ACC_FINAL) != 0) return true;
    if ((f.access & Opcodes.ACC_PRIVATE) != 0) return false;
    if ((f.access & Opcodes.ACC_PUBLIC) != 0 && (c.access & Opcodes.ACC_PUBLIC) != 0) return true;
    return pkg(c.name).equals(pkg(from));
  }

  /**
   * Whether {@code init} is the constructor call of a {@code new} of a class with shadows (its own class's
   * constructor, not a superclass's) given an argument that is not a floating constant +0.
   */
  private static boolean constructsShadowed(Insn init, Shadows shadows) {
    return init.op == Op.INVOKE && init.attr instanceof MethodRef m && m.name().equals("<init>")
        && init.arg(0) instanceof Insn made && made.op == Op.NEW && m.owner().equals(made.type.getInternalName())
        && shadows.has(made.type) && !allZero(init);
  }

  /**
   * True for the type of a field that holds a part of the object's derivative by reference: a {@code double[]}/{@code
   * float[]} ({@link NewResults#heldArray}), or an object of a class with shadows (WorldWind's {@code LatLon} holding
   * two {@code Angle}s). A construction writes such a field after its constructor as an ordinary field write, so the
   * shadow made by the constructor again takes the shadow of what is stored ({@code Sweep.copyFieldOp}).
   */
  static boolean held(Type t, Shadows shadows) {
    return NewResults.heldArray(t) || t.getSort() == Type.OBJECT && shadows.isShadowClass(t.getInternalName());
  }

  private static String pkg(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /**
   * Rewrites each {@code new C(a, b)} of a class with shadows whose constructor is plain (see {@link #fieldsOf}),
   * given a floating argument that is not the constant 0, into {@code new C(0, 0); o.f = a; o.g = b}. True when
   * anything changed.
   */
  public static boolean rewrite(Graph g, ObjectCode code, Shadows shadows) {
    boolean changed = false;
    for (Block b : g.blocks) {
      for (int j = 0; j < b.insns.size(); j++) {
        Insn init = b.insns.get(j);
        if (!constructsShadowed(init, shadows)) continue;
        Insn made = (Insn) init.arg(0);
        List<List<FieldRef>> fields = code.plainConstructor((MethodRef) init.attr, g.owner);
        if (fields == null || !PassiveFields.carryNothing(List.of(Type.getArgumentTypes(((MethodRef) init.attr).desc())).stream()
            .filter(t -> !held(t, shadows)).toList(), shadows)) continue; // an array or object stored is written as a field
        List<Insn> after = new ArrayList<>();
        Type[] params = Type.getArgumentTypes(((MethodRef) init.attr).desc());
        for (int k = 1; k < init.args.length; k++) {
          Value value = init.args[k];
          Insn zero = PassiveFields.zero(g, params[k - 1]); // a passive one too: written as a field, the shadow's left 0
          b.insns.add(j++, zero); // before the call
          init.args[k] = zero;
          for (FieldRef f : fields.get(k - 1)) {
            Insn put = g.newInsn(Op.PUTFIELD, Type.VOID_TYPE, f, made, value);
            put.line = init.line;
            put.origin = init.origin;
            after.add(put);
          }
        }
        b.insns.addAll(j + 1, after);
        j += after.size();
        changed = true;
      }
    }
    return changed;
  }

  /**
   * True when every argument of the constructor call (after the object) is a constant 0 of its type: +0.0 or +0f for
   * the numbers, 0 or {@code null} for passive fields ({@link PassiveFields}).
   */
  public static boolean allZero(Insn init) {
    for (int k = 1; k < init.args.length; k++) {
      if (!PassiveFields.isZero(init.args[k])) return false;
    }
    return true;
  }
}
