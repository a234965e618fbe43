package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Shadows;
import dev.leibniz.core.lift.InsnText;
import dev.leibniz.core.objects.ShadowClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Warnings for a marked method whose active objects — its receiver or parameters whose companions take shadows
 * (README, "Objects") — hold, along fields its code reads, <em>another</em> object declared with a class that has no
 * shadow: the numbers held there are passive, so their derivative is 0 whatever the method does with them. Right by the
 * contract, but not what a user seeding the shadows of those objects (or a harness perturbing every number they reach)
 * expects, so it is said, with the path of fields: Flink ML's {@code VectorWithNorm.vector}, a {@code Vector} held beside
 * its norm (its only inputs are objects); Joise's {@code ModuleCache.source -> ScalarParameter.module}, the source module
 * (an abstract {@code Module}) behind a cache whose receiver has shadows because it writes its fields. Warned where the
 * held object's class may hold numbers: it declares {@code double}/{@code float} values, or it is an interface or
 * abstract class (the objects' real class is not known here). A holder without shadows is not followed: its numbers
 * are passive on purpose (the Dataset pattern, data held in fields beside {@code double} parameters).
 *
 * <p>The fields read are those of the method, its own class's helpers and, transitively, the code of other classes
 * they call (bounded by {@link #METHOD_BUDGET}), each located at the line of the method's own code that reads it or
 * calls into the code that does.
 */
final class HeldPassiveNumbers {
  /** Methods of other classes read per marked method at most: a warning may miss, never block. */
  private static final int METHOD_BUDGET = 400;

  private final SourceClass source;
  private final ClassLibrary library;
  private final Shadows shadows;

  private HeldPassiveNumbers(SourceClass source, ClassLibrary library, Shadows shadows) {
    this.source = source;
    this.library = library;
    this.shadows = shadows;
  }

  /** A field read (named by the class declaring it), located in the marked method's own code. */
  private record Read(String declaring, String name, String desc, int line, AbstractInsnNode at) {}

  static List<Diagnostic> of(SourceClass source, ClassLibrary library, Shadows shadows) {
    HeldPassiveNumbers held = new HeldPassiveNumbers(source, library, shadows);
    List<Diagnostic> out = new ArrayList<>();
    for (String key : source.marked) {
      MethodNode m = source.methods.get(key);
      if (m == null || SourceClass.isHosted(key) || m.instructions == null) continue;
      List<String> roots = held.roots(m);
      if (!roots.isEmpty()) out.addAll(held.warnings(key, m, roots));
    }
    return out;
  }

  /** The classes of {@code m}'s active objects: its receiver's and its parameters' (array elements') with shadows. */
  private List<String> roots(MethodNode m) {
    List<String> roots = new ArrayList<>();
    if ((m.access & Opcodes.ACC_STATIC) == 0 && Companions.receiverShadow(source.cn.name, false, shadows)) roots.add(source.cn.name);
    for (Type t : Type.getArgumentTypes(m.desc)) {
      Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
      if (e.getSort() == Type.OBJECT && shadows.has(e) && !roots.contains(e.getInternalName())) roots.add(e.getInternalName());
    }
    return roots;
  }

  /**
   * Walks from the roots along the fields read, through the objects with shadows (slots), and warns at each field
   * read that holds objects of a class without one that may hold numbers, once per field.
   */
  private List<Diagnostic> warnings(String key, MethodNode m, List<String> roots) {
    List<Read> reads = reads(m);
    List<Diagnostic> out = new ArrayList<>();
    Set<String> warned = new HashSet<>();
    Set<String> seen = new HashSet<>(roots);
    Deque<String[]> work = new ArrayDeque<>(); // {class, path to it}
    for (String r : roots) work.add(new String[] {r, ""});
    while (!work.isEmpty()) {
      String[] at = work.poll();
      for (Read r : reads) {
        boolean inherited = isSubtype(at[0], r.declaring());
        if (!inherited && !isSubtype(r.declaring(), at[0])) continue; // a field of another class (or a downcast's)
        Type t = Type.getType(r.desc());
        Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        if (e.getSort() != Type.OBJECT || ClassLibrary.isJdk(e.getInternalName())) continue;
        String path = (at[1].isEmpty() ? "" : at[1] + " -> ") + JavaSignature.fieldName(inherited ? at[0] : r.declaring(), r.name());
        String heldClass = e.getInternalName();
        if (shadows.hasSlot(heldClass)) {
          if (seen.add(heldClass)) work.add(new String[] {heldClass, path});
        } else if (mayHoldNumbers(heldClass) && warned.add(r.declaring() + "." + r.name())) {
          out.add(warning(key, m, r, path, t));
        }
      }
    }
    return out;
  }

  private Diagnostic warning(String key, MethodNode m, Read r, String path, Type held) {
    return new Diagnostic(source.className, key, r.line(), InsnText.of(r.at()), "both", "reads " + path + ", which holds "
        + JavaSignature.type(held) + " objects: their class has no shadow, so the numbers they hold are passive, held as"
        + " constants, and the derivatives with respect to them are 0 (only the fields of objects with shadows carry"
        + " derivatives); if " + m.name + " was marked for those numbers too, pass them as parameters, or annotate the class"
        + " holding them @Differentiable (the class of the objects, or declare the field with it)", true);
  }

  /**
   * The fields read by {@code m}, its own class's helpers and the other classes' code they call, each once, located at
   * the first line of {@code m}'s own code (or a helper's) that reads it or calls code that does.
   */
  private List<Read> reads(MethodNode m) {
    Map<String, Read> out = new LinkedHashMap<>();
    Map<String, List<FieldInsnNode>> callees = new java.util.HashMap<>();
    int[] budget = {METHOD_BUDGET};
    for (MethodNode code : ownCode(source.cn, m)) {
      int line = -1;
      for (AbstractInsnNode i = code.instructions.getFirst(); i != null; i = i.getNext()) {
        if (i instanceof LineNumberNode n) line = n.line;
        if (i.getOpcode() == Opcodes.GETFIELD && i instanceof FieldInsnNode f) {
          add(out, f, line, i);
        } else if (i instanceof MethodInsnNode c && !ClassLibrary.isJdk(c.owner) && !declaresOwn(c)) {
          for (FieldInsnNode f : calleeReads(ref(c), callees, budget)) add(out, f, line, i);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Whether {@code c} calls a method the class itself declares ({@link #ownCode} reads those). */
  private boolean declaresOwn(MethodInsnNode c) {
    return c.owner.equals(source.cn.name) && source.methods.containsKey(c.name + c.desc);
  }

  private void add(Map<String, Read> out, FieldInsnNode f, int line, AbstractInsnNode at) {
    String declaring = declaring(f.owner, f.name);
    out.putIfAbsent(declaring + "." + f.name, new Read(declaring, f.name, f.desc, line, at));
  }

  /** The instance-field reads of callee {@code c}'s code and, transitively, of the code it calls, outside the JDK. */
  private List<FieldInsnNode> calleeReads(MethodRef c, Map<String, List<FieldInsnNode>> known, int[] budget) {
    String key = c.owner() + "." + c.name() + c.desc();
    List<FieldInsnNode> out = known.get(key);
    if (out != null) return out;
    out = new ArrayList<>();
    known.put(key, out); // a recursive call adds nothing more
    MethodNode code = code(c);
    if (code == null || budget[0]-- <= 0) return out;
    for (AbstractInsnNode i = code.instructions.getFirst(); i != null; i = i.getNext()) {
      if (i.getOpcode() == Opcodes.GETFIELD && i instanceof FieldInsnNode f) {
        out.add(f);
      } else if (i instanceof MethodInsnNode call && !ClassLibrary.isJdk(call.owner)) {
        out.addAll(calleeReads(ref(call), known, budget));
      }
    }
    return out;
  }

  /** The code a call of {@code c} resolves to, or null (abstract, native, unreadable). */
  private MethodNode code(MethodRef c) {
    MethodNode mn = null;
    if (c.owner().equals(source.cn.name)) {
      mn = source.methods.get(c.name() + c.desc());
    } else {
      ClassLibrary.Declaration d = library.declaration(c);
      if (d != null) mn = d.method();
    }
    return mn == null || mn.instructions == null || mn.instructions.size() == 0 ? null : mn;
  }

  private static MethodRef ref(MethodInsnNode c) {
    return new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf);
  }

  /** The class declaring instance field {@code name} as seen from {@code owner} ({@code owner} when not found). */
  private String declaring(String owner, String name) {
    int depth = 0;
    for (ClassNode c = classNode(owner); c != null && depth++ < 64; c = c.superName == null ? null : classNode(c.superName)) {
      for (FieldNode f : c.fields) {
        if (f.name.equals(name) && (f.access & Opcodes.ACC_STATIC) == 0) return c.name;
      }
    }
    return owner;
  }

  /** Whether {@code sub} is {@code sup} or extends or implements it (through classes this library reads). */
  private boolean isSubtype(String sub, String sup) {
    if (sub.equals(sup)) return true;
    ClassNode c = classNode(sub);
    if (c == null) return false;
    if (c.superName != null && !ClassLibrary.isJdk(c.superName) && isSubtype(c.superName, sup)) return true;
    for (String i : c.interfaces) {
      if (!ClassLibrary.isJdk(i) && isSubtype(i, sup)) return true;
    }
    return false;
  }

  private ClassNode classNode(String name) {
    return name.equals(source.cn.name) ? source.cn : library.classNode(name);
  }

  /** Whether objects declared with class {@code name} may hold numbers: its chain declares some, or it is abstract. */
  private boolean mayHoldNumbers(String name) {
    ClassNode c = classNode(name);
    if (c == null) return false;
    boolean opaque = (c.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) != 0;
    return opaque || ShadowClasses.holdsFloating(name, this::classNode);
  }

  /** {@code m} and the methods of its class it calls, transitively (private helpers such as Flink's {@code distanceSquare}). */
  private static List<MethodNode> ownCode(ClassNode cn, MethodNode m) {
    List<MethodNode> out = new ArrayList<>(List.of(m));
    for (int k = 0; k < out.size(); k++) {
      for (AbstractInsnNode i = out.get(k).instructions.getFirst(); i != null; i = i.getNext()) {
        if (!(i instanceof MethodInsnNode c) || !c.owner.equals(cn.name)) continue;
        for (MethodNode callee : cn.methods) {
          if (callee.name.equals(c.name) && callee.desc.equals(c.desc) && callee.instructions != null && !out.contains(callee)) {
            out.add(callee);
          }
        }
      }
    }
    return out;
  }
}
