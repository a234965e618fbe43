package dev.leibniz.core.objects;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A layout constructor the transformation adds to a class that returns new objects of itself but has none (JTK's
 * {@code KaiserWindow.fromErrorAndLength} returning {@code new KaiserWindow(error, width, length)}, whose only,
 * private, constructor computes three more fields): a private synthetic {@code C(double f1, ..., float fk, Void
 * unused)} storing each instance field from its parameter, in declaration order. The class is the one being
 * transformed, so it may be given a member; the trailing {@code Void} keeps its descriptor apart from any constructor
 * of yours and keeps it from counting as plain anywhere else ({@link NewResults#plainConstructor} takes floating
 * parameters only). It is what {@link NewResults#layoutConstructor} finds in other classes, under the same conditions:
 * {@code C} extends {@code Object} and every instance field is {@code double} or {@code float}, but those
 * {@link DefaultFields} leaves at 0 in every object; given the fields' values it rebuilds exactly the object any
 * constructor of {@code C} made, so the wrappers make the primal result and, from the fields' tangents, the shadow
 * with it, and the constructor that computes is differentiated as code of the method (a computed plan).
 */
public final class MadeLayouts {
  /** The type of the trailing parameter, given {@code null}. */
  private static final String UNUSED = "Ljava/lang/Void;";

  private MadeLayouts() {}

  /** The descriptor of the layout constructor to add to {@code c}, or null when {@code c} cannot be so laid out. */
  static String desc(ClassNode c) {
    if (!"java/lang/Object".equals(c.superName) || (c.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ENUM | Opcodes.ACC_ABSTRACT)) != 0) {
      return null;
    }
    List<FieldNode> fields = fields(c);
    if (fields == null || fields.isEmpty()) return null;
    StringBuilder d = new StringBuilder("(");
    for (FieldNode f : fields) d.append(f.desc);
    String desc = d.append(UNUSED).append(")V").toString();
    for (MethodNode m : c.methods) {
      if (m.name.equals("<init>") && m.desc.equals(desc)) return null; // given one before (a class transformed at build time)
    }
    return desc;
  }

  /** True when {@code constructorDesc} is one {@link #desc} made: its wrappers pass {@code null} last. */
  public static boolean made(String constructorDesc) {
    return constructorDesc.endsWith(UNUSED + ")V");
  }

  /** Each parameter's field (one each, in declaration order), for the plan of a class {@link #desc} laid out. */
  static List<List<String>> fieldsOf(ClassNode c) {
    List<List<String>> out = new ArrayList<>();
    for (FieldNode f : fields(c)) out.add(List.of(f.name));
    return out;
  }

  /** The constructor {@code desc} of {@code c}: {@code super(); this.f1 = f1; ...; return;}. */
  public static MethodNode constructor(ClassNode c, String desc) {
    MethodNode m = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC, "<init>", desc, null, null);
    m.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
    m.instructions.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false));
    int slot = 1;
    for (FieldNode f : fields(c)) {
      Type t = Type.getType(f.desc);
      m.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
      m.instructions.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slot));
      m.instructions.add(new FieldInsnNode(Opcodes.PUTFIELD, c.name, f.name, f.desc));
      slot += t.getSize();
    }
    m.instructions.add(new InsnNode(Opcodes.RETURN));
    m.maxLocals = slot + 1;
    m.maxStack = 3;
    return m;
  }

  /** The instance fields of {@code c} a layout sets, in declaration order; null when one is not floating. */
  private static List<FieldNode> fields(ClassNode c) {
    List<FieldNode> out = new ArrayList<>();
    for (FieldNode f : c.fields) {
      if ((f.access & Opcodes.ACC_STATIC) != 0 || DefaultFields.leftAtDefault(c, f)) continue;
      if (!f.desc.equals("D") && !f.desc.equals("F")) return null; // an int, an array, an object: not rebuilt from numbers
      out.add(f);
    }
    return out;
  }
}
