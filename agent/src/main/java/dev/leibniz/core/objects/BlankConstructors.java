package dev.leibniz.core.objects;

import dev.leibniz.core.ir.FieldPath;
import dev.leibniz.core.ir.FieldRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * Constructors that make an object carrying no derivative: <em>blank</em> ones (README, "Objects": a
 * store made when none is given). A blank constructor takes only primitive parameters, none of them
 * {@code double} or {@code float}, and touches
 * nothing but its own object: its code loads constants and primitives, computes, branches, reads and
 * writes fields of {@code this}, calls {@code Object()} or a blank constructor of its superclass
 * (or another of its class), and methods of its object or static methods given it whose code does
 * the same and returns nothing, a primitive or the object ({@link BlankCode}: LWJGL's {@code
 * Matrix3f()} calling {@code setIdentity()}, resolved on the class made); no static write, no reference read from a
 * static field, no other object — but the sub-objects and arrays it makes for itself ({@link BlankCode}: Sunflow's
 * {@code OrthoNormalBasis()} storing {@code u = new Vector3()}, Rajawali's {@code m = new double[16]}, the Mines Java
 * Toolkit's {@code DMatrix(m, n)} storing {@code _a = new double[m][n]} (its rows zeroed one by one), each stored once
 * into its own field before any branch, by a blank constructor, and in no other way). Given passive arguments, such an
 * object's floating fields, and those of what it made, have derivative 0, so its shadow (tangent or adjoint) is the same
 * constructor run again with the same arguments, then every floating field set to 0, through the fields holding the
 * sub-objects, and every floating array filled with 0 ({@link FieldPath}) — no constructor ever sees a tangent, and a
 * constructor with no effect beyond its object may run twice. A class with a {@code final} floating
 * field is not covered (the field could not be set to 0 afterwards). jME's {@code new Vector3f()},
 * JOML's {@code new Vector3d()}.
 */
public final class BlankConstructors {
  private BlankConstructors() {}

  /** Bound on sub-objects nested in sub-objects (class files need not come from javac: a class making itself). */
  private static final int MAX_NESTING = 8;

  /**
   * The floating fields to set to 0 in the shadow of an object made by constructor {@code desc} of
   * {@code cls} (the non-final {@code double}/{@code float} fields of the class and its
   * superclasses, and those of the sub-objects and floating arrays it makes), or null when that constructor is not blank
   * or a class file cannot be read.
   */
  public static List<FieldPath> fieldsToZero(String cls, String desc, Function<String, ClassNode> classes) {
    for (Type t : Type.getArgumentTypes(desc)) {
      // numbers that could carry a derivative are never given (a new Vec3(x, y, z) holds them): so a callee that
      // makes one can be told from its bytecode (core.NewStoreReturns); a constructor it delegates to may take them
      if (t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT) return null;
    }
    return zeroed(cls, desc, classes, 0, new java.util.HashSet<>());
  }

  /**
   * The static constants a blank constructor {@code desc} of {@code cls} copies (its own code's and its sub-objects'; {@link
   * BlankCode}); empty when it is not blank or copies none. Its shadow is zero only while nothing differentiated wrote them:
   * {@link StaticConstantGuards} checks that at run time.
   */
  public static java.util.Set<FieldRef> constantsCopied(String cls, String desc, Function<String, ClassNode> classes) {
    java.util.Set<FieldRef> copied = new java.util.HashSet<>();
    return fieldsToZero(cls, desc, classes) != null && zeroed(cls, desc, classes, 0, copied) != null ? copied : java.util.Set.of();
  }

  /**
   * {@link #fieldsToZero} for a sub-object a constructor of class {@code outer} makes for its object by constructor {@code
   * desc} of {@code cls}, given constants and, in each parameter of type {@code outer}, that object ({@link
   * BlankCode#subObjectConstructor}: an inner class's outer instance, only stored); null when that constructor is not
   * blank so. The paths are the sub-object's own: the caller puts them under its field.
   */
  public static List<FieldPath> subObjectFieldsToZero(String cls, String desc, String outer, Function<String, ClassNode> classes) {
    return zeroed(cls, desc, classes, 0, new java.util.HashSet<>(), outer);
  }

  private static List<FieldPath> zeroed(String cls, String desc, Function<String, ClassNode> classes, int depth,
      java.util.Set<FieldRef> copied) {
    return zeroed(cls, desc, classes, depth, copied, null);
  }

  /**
   * {@link #fieldsToZero} for any blank constructor (a sub-object's, given constants), {@code depth} objects down; given
   * the object it is made for where {@code outer} is not null ({@link #subObjectFieldsToZero}).
   */
  private static List<FieldPath> zeroed(String cls, String desc, Function<String, ClassNode> classes, int depth,
      java.util.Set<FieldRef> copied, String outer) {
    if (depth > MAX_NESTING) return null;
    BlankCode code = new BlankCode(cls, classes);
    boolean blank = outer != null ? code.subObjectConstructor(cls, desc, outer) : code.constructor(cls, desc, 0);
    if (!blank || code.madeFieldsRewritten()) return null;
    copied.addAll(code.constantsRead());
    List<FieldPath> fields = new ArrayList<>();
    for (ClassNode k = classes.apply(cls); k != null && !k.name.equals("java/lang/Object");
        k = k.superName == null ? null : classes.apply(k.superName)) {
      for (FieldNode f : k.fields) {
        if ((f.access & Opcodes.ACC_STATIC) != 0 || !(f.desc.equals("D") || f.desc.equals("F"))) continue;
        if ((f.access & Opcodes.ACC_FINAL) != 0) return null;
        fields.add(FieldPath.of(new FieldRef(k.name, f.name, f.desc)));
      }
    }
    for (BlankCode.Made made : code.made()) {
      if (made.constructor() == null) {
        Type element = Type.getType(made.field().desc()).getElementType(); // new double[n], new double[m][n]
        if (element.getSort() == Type.DOUBLE || element.getSort() == Type.FLOAT) fields.add(FieldPath.of(made.field()));
        continue;
      }
      List<FieldPath> inside = zeroed(made.field().desc().substring(1, made.field().desc().length() - 1), made.constructor(),
          classes, depth + 1, copied);
      if (inside == null) return null;
      for (FieldPath p : inside) fields.add(p.under(made.field()));
    }
    return fields;
  }
}
