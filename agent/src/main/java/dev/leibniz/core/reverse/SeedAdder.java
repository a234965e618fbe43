package dev.leibniz.core.reverse;

import dev.leibniz.core.Companions;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Shadows;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Adds the seed shadow of an object result into the adjoint shadow of the object returned (README,
 * "Objects"), field by field, as generated code: no reflection and no allocation. The fields added
 * are the result class's differentiable fields by their declared types, as {@code zeroShadow}
 * fills them: {@code double}/{@code float} fields, {@code double[]}/{@code float[]} fields (through
 * the copied {@code addSeedD}/{@code addSeedF}, which check lengths) and fields holding objects of
 * final differentiable classes, recursively. A part the seed shares (the same array or object
 * reached through two fields) is added once: each array or object met is compared with the ones
 * met before it, a bounded number of identity tests instead of an identity map. A runtime class
 * other than the declared one (a subclass may add fields) takes the copied reflective helper
 * {@code addShadow}, and so does a result class whose shape is not fixed (arrays of objects,
 * {@code double[][]}, a class containing itself, a non-final class of a nested object), has more than
 * {@link #MAX_SCALARS} scalar fields or {@link #MAX_PARTS} arrays and objects, or has a field the
 * companion's class may not access.
 */
final class SeedAdder {
  /** Scalar fields added inline at most (each costs about 13 bytes of the companion's code). */
  static final int MAX_SCALARS = 32;
  /** Arrays and nested objects at most (the sharing tests grow with their square). */
  static final int MAX_PARTS = 6;

  /** A scalar field, a primitive array field or a nested object, reached from the result by fields. */
  private record Part(Shadows.Field field, List<Part> children) {
    boolean isObject() {
      return field.desc().startsWith("L");
    }

    boolean isArray() {
      return field.desc().startsWith("[");
    }
  }

  private final Graph dst;
  private final Builder b;
  private final Shadows shadows;
  private final String host;
  private final boolean hostIsInterface;

  SeedAdder(Graph dst, Builder b, Shadows shadows, String host, boolean hostIsInterface) {
    this.dst = dst;
    this.b = b;
    this.shadows = shadows;
    this.host = host;
    this.hostIsInterface = hostIsInterface;
  }

  /** Emits {@code into += seed} for an object result of class {@code type}; the builder continues after it. */
  void add(Value into, Value seed, Type type) {
    List<Part> parts = plan(type);
    Block done = dst.newBlock();
    if (parts == null) {
      slow(into, seed);
      b.jump(done);
      b.at(done);
      return;
    }
    branch(Cond.NULL, seed, null, done);
    branch(Cond.EQ, into, seed, done);
    branch(Cond.NULL, into, null, done);
    boolean exact = (shadows.layout(type.getInternalName()).access() & Opcodes.ACC_FINAL) != 0;
    Block slow = exact ? null : dst.newBlock();
    if (!exact) { // a subclass may add fields: only the declared class's are known here
      isClass(into, type, slow);
      isClass(seed, type, slow);
    }
    addParts(parts, into, seed, new ArrayList<>());
    b.jump(done);
    if (!exact) {
      b.at(slow);
      slow(into, seed);
      b.jump(done);
    }
    b.at(done);
  }

  private void slow(Value into, Value seed) {
    b.add(Op.HELPER, Type.VOID_TYPE, helper("addShadow", "(Ljava/lang/Object;Ljava/lang/Object;)V"), into, seed);
  }

  private void addParts(List<Part> parts, Value into, Value seed, List<Var> met) {
    for (Part p : parts) {
      FieldRef f = new FieldRef(p.field.owner(), p.field.name(), p.field.desc());
      Type t = Type.getType(p.field.desc());
      Value i = b.add(Op.GETFIELD, t, f, into);
      Value s = b.add(Op.GETFIELD, t, f, seed);
      if (!p.isObject() && !p.isArray()) {
        b.add(Op.PUTFIELD, Type.VOID_TYPE, f, into, b.plus(i, s));
        continue;
      }
      Block skip = dst.newBlock();
      for (Var earlier : met) branch(Cond.EQ, s, b.read(earlier), skip);
      Var mine = dst.newVar(t, "seedPart");
      b.write(mine, s);
      met.add(mine);
      if (p.isArray()) {
        String name = t.getElementType().getSort() == Type.FLOAT ? "addSeedF" : "addSeedD";
        b.add(Op.HELPER, Type.VOID_TYPE, helper(name, "(" + t + t + ")V"), i, s);
      } else {
        Block body = dst.newBlock();
        branch(Cond.NULL, s, null, skip);
        branch(Cond.NULL, i, null, skip);
        branch(Cond.EQ, i, s, skip);
        b.jump(body);
        b.at(body);
        addParts(p.children, i, s, met);
      }
      b.jump(skip);
      b.at(skip);
    }
  }

  /** Jumps to {@code to} when {@code a cond b} (or {@code a cond} null), else continues in a new block. */
  private void branch(Cond cond, Value a, Value other, Block to) {
    Block next = dst.newBlock();
    if (other == null) {
      b.terminate(Op.IF, cond, new Block[] {to, next}, a);
    } else {
      b.terminate(Op.IF, cond, new Block[] {to, next}, a, other);
    }
    b.at(next);
  }

  /**
   * Jumps to {@code otherwise} unless {@code o}'s class is {@code type}, compared by name (a class
   * literal could name a class the companion's host cannot reach; the name is cached by Class).
   */
  private void isClass(Value o, Type type, Block otherwise) {
    Type classType = Type.getObjectType("java/lang/Class"), string = Type.getObjectType("java/lang/String");
    Value c = b.add(Op.INVOKE, classType, new MethodRef(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false), o);
    Value name = b.add(Op.INVOKE, string, new MethodRef(Opcodes.INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false), c);
    Value same = b.add(Op.INVOKE, Type.INT_TYPE, new MethodRef(Opcodes.INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false),
        name, b.add(Op.CONST, string, type.getClassName()));
    branch(Cond.EQ, same, null, otherwise);
  }

  private MethodRef helper(String name, String desc) {
    return new MethodRef(Opcodes.INVOKESTATIC, host, Companions.HELPER_PREFIX + name, desc, hostIsInterface);
  }

  /** The parts to add for class {@code type}, or null when the reflective helper must do it. */
  List<Part> plan(Type type) {
    Shadows.Layout layout = shadows.layout(type.getInternalName());
    if (layout == null) return null;
    int[] counts = new int[2];
    List<Part> parts = parts(type.getInternalName(), layout, counts, new ArrayList<>());
    return parts == null || counts[0] > MAX_SCALARS || counts[1] > MAX_PARTS ? null : parts;
  }

  private List<Part> parts(String owner, Shadows.Layout layout, int[] counts, List<String> path) {
    if (path.contains(owner)) return null;
    path.add(owner);
    List<Part> parts = new ArrayList<>();
    for (Shadows.Field f : layout.fields()) {
      Type t = Type.getType(f.desc());
      boolean scalar = t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
      boolean array = t.getSort() == Type.ARRAY && t.getDimensions() == 1
          && (t.getElementType().getSort() == Type.DOUBLE || t.getElementType().getSort() == Type.FLOAT);
      if (!scalar && !array && !carries(t)) continue; // passive: zeroShadow leaves it at its default
      if (!fieldAccessible(f)) return null;
      if (scalar || array) {
        parts.add(new Part(f, List.of()));
        counts[scalar ? 0 : 1]++;
        continue;
      }
      if (t.getSort() != Type.OBJECT) return null; // double[][], arrays of objects: shapes not fixed
      Shadows.Layout nested = shadows.layout(t.getInternalName());
      if (nested == null || (nested.access() & Opcodes.ACC_FINAL) == 0) return null;
      counts[1]++;
      List<Part> children = new ArrayList<>();
      Part p = new Part(f, children);
      List<Part> inner = parts(t.getInternalName(), nested, counts, path);
      if (inner == null) return null;
      children.addAll(inner);
      parts.add(p);
    }
    path.remove(path.size() - 1);
    return parts;
  }

  /** A reference type whose values have shadows (as {@code zeroShadow} decides by the field's type). */
  private boolean carries(Type t) {
    if (t.getSort() == Type.ARRAY) {
      Type e = t.getElementType();
      return e.getSort() == Type.DOUBLE || e.getSort() == Type.FLOAT || shadows.has(t);
    }
    return t.getSort() == Type.OBJECT && shadows.has(t);
  }

  private boolean fieldAccessible(Shadows.Field f) {
    if (f.owner().equals(host)) return true;
    if ((f.access() & Opcodes.ACC_PRIVATE) != 0) return false;
    if (samePackage(f.owner(), host)) return true;
    if ((f.access() & Opcodes.ACC_PUBLIC) == 0) return false;
    Shadows.Layout owner = shadows.layout(f.owner());
    return owner != null && (owner.access() & Opcodes.ACC_PUBLIC) != 0;
  }

  private static boolean samePackage(String a, String b) {
    int i = a.lastIndexOf('/'), j = b.lastIndexOf('/');
    return i == j && (i < 0 || a.regionMatches(0, b, 0, i));
  }
}
