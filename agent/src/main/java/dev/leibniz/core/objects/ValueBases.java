package dev.leibniz.core.objects;

import dev.leibniz.core.ir.FieldRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * Value classes whose superclass is itself a value class with fields (Commons Geometry's {@code public static final
 * class Unit extends Vector3D}, no field of its own, a constructor {@code super(x, y, z)}): the object is the union of
 * the instance fields of its class and of every superclass up to {@code Object}, the superclass's first. Every
 * superclass outside the JDK and readable, no interface, no two instance fields of one name on the way (a field
 * reference would not say which). The class need not be final (JBullet's {@code Vector3f extends Tuple3f}): every use
 * is of an object made by {@code new C(...)} (a construction, a constant of exactly {@code C}), which is exactly a
 * {@code C} whatever could extend it; a private field of a superclass is used only from its nest ({@link #reachable}). The constructors themselves are judged by their code
 * ({@link NewResults#plainConstructor}: a super constructor given parameters is plain when it is plain itself).
 */
public final class ValueBases {
  private ValueBases() {}

  /** An instance field and the class that declares it. */
  public record Declared(ClassNode owner, FieldNode field) {
    /** The field as the class that declares it names it (so a final field's setter and private access resolve). */
    public FieldRef ref() {
      return new FieldRef(owner.name, field.name, field.desc);
    }
  }

  /**
   * Every instance field of an object of class {@code c}, each superclass's before its subclass's, when {@code c}'s
   * superclasses may be taken as part of its value ({@link #admits}); else null.
   */
  public static List<Declared> fields(ClassNode c, Function<String, ClassNode> classes) {
    List<ClassNode> chain = chain(c, classes);
    if (chain == null) return null;
    List<Declared> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int k = chain.size() - 1; k >= 0; k--) {
      for (FieldNode f : chain.get(k).fields) {
        if ((f.access & Opcodes.ACC_STATIC) != 0) continue;
        if (!names.add(f.name)) return null; // a field hiding another of its name
        out.add(new Declared(chain.get(k), f));
      }
    }
    return out;
  }

  /** True when the object of class {@code c} is the union of its class's and its superclasses' fields ({@link #fields}). */
  public static boolean admits(ClassNode c, Function<String, ClassNode> classes) {
    return fields(c, classes) != null;
  }

  /** The instance field {@code name} of an object of class {@code c} ({@link #fields}), or null. */
  public static Declared field(ClassNode c, String name, Function<String, ClassNode> classes) {
    List<Declared> all = fields(c, classes);
    if (all == null) return null;
    for (Declared d : all) {
      if (d.field().name.equals(name)) return d;
    }
    return null;
  }

  /**
   * True when code of class {@code from} may read and write field {@code f} of an object of class {@code c}: a field
   * {@code c} declares itself is judged by its callers; a private field of a superclass only from its own nest (Commons
   * Geometry's {@code Unit} nested in {@code Vector3D}), since the companions read it directly (a seed's, a shadow's)
   * and elsewhere that would not link.
   */
  public static boolean reachable(ClassNode c, Declared f, String from, Function<String, ClassNode> classes) {
    if (f.owner() == c || (f.field().access & Opcodes.ACC_PRIVATE) == 0 || f.owner().name.equals(from)) return true;
    ClassNode reader = classes == null ? null : classes.apply(from);
    return reader != null && nestHost(reader).equals(nestHost(f.owner()));
  }

  private static String nestHost(ClassNode c) {
    return c.nestHostClass != null ? c.nestHostClass : c.name;
  }

  /** {@code c} and its superclasses up to {@code Object} (excluded), or null when one is unknown, an interface or the JDK's. */
  private static List<ClassNode> chain(ClassNode c, Function<String, ClassNode> classes) {
    List<ClassNode> chain = new ArrayList<>();
    for (ClassNode k = c; k != null; ) {
      if ((k.access & Opcodes.ACC_INTERFACE) != 0 || chain.size() > 64) return null;
      chain.add(k);
      String s = k.superName;
      if ("java/lang/Object".equals(s) || FieldlessBases.addsNothing(s)) return chain;
      if (s == null || FieldlessBases.isJdk(s) || classes == null) return null;
      k = classes.apply(s);
    }
    return null;
  }

  /** The number of instance fields {@code c} declares itself. */
  static int ownFields(ClassNode c) {
    int n = 0;
    for (FieldNode f : c.fields) n += (f.access & Opcodes.ACC_STATIC) == 0 ? 1 : 0;
    return n;
  }
}
