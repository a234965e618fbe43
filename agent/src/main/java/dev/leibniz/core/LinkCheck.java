package dev.leibniz.core;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The links of generated code ({@link GeneratedCodeCheck}): every field and method it names in
 * another class, and every method handle of an {@code invokedynamic}, resolves (JVMS 5.4.3: the
 * class, its superclasses, its superinterfaces) to a member of the right kind (static or not) that
 * this class may access (private: the same nest; package-private: the same package; protected: also
 * a subclass). The verifier does not look at these: each would be an {@code IllegalAccessError},
 * {@code NoSuchFieldError}, {@code NoSuchMethodError} or {@code IncompatibleClassChangeError} at
 * the first run of the instruction, long after the class loaded. A class that cannot be read is
 * given the benefit of the doubt.
 */
final class LinkCheck {
  private final ClassHeaders headers;
  private final ClassNode self;
  /** False when {@code self} holds only the generated methods (a first dispatch's class): its own members are then not judged. */
  private final boolean selfComplete;

  LinkCheck(ClassHeaders headers, ClassNode self, boolean selfComplete) {
    this.headers = headers;
    this.self = self;
    this.selfComplete = selfComplete;
  }

  /** One line per broken link of {@code mn}; none when the check itself cannot judge (an unexpected class file). */
  List<String> failures(MethodNode mn) {
    try {
      return links(mn);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private List<String> links(MethodNode mn) {
    List<String> out = new ArrayList<>();
    for (AbstractInsnNode n : mn.instructions) {
      String problem = null;
      if (n instanceof FieldInsnNode f && !f.owner.equals(self.name)) {
        boolean isStatic = f.getOpcode() == Opcodes.GETSTATIC || f.getOpcode() == Opcodes.PUTSTATIC;
        problem = field(f.owner, f.name, f.desc, isStatic);
      } else if (n instanceof MethodInsnNode m && !m.owner.equals(self.name) && !m.owner.startsWith("[")) {
        problem = method(m.owner, m.name, m.desc, m.getOpcode() == Opcodes.INVOKESTATIC);
      } else if (n instanceof InvokeDynamicInsnNode indy) {
        problem = handle(indy.bsm);
        for (Object arg : indy.bsmArgs) {
          if (problem == null && arg instanceof Handle h) problem = handle(h);
        }
      }
      if (problem != null) out.add(mn.name + mn.desc + ": " + problem);
    }
    return out;
  }

  private String handle(Handle h) {
    switch (h.getTag()) {
      case Opcodes.H_GETFIELD: case Opcodes.H_PUTFIELD:
        return field(h.getOwner(), h.getName(), h.getDesc(), false);
      case Opcodes.H_GETSTATIC: case Opcodes.H_PUTSTATIC:
        return field(h.getOwner(), h.getName(), h.getDesc(), true);
      default:
        return method(h.getOwner(), h.getName(), h.getDesc(), h.getTag() == Opcodes.H_INVOKESTATIC);
    }
  }

  /**
   * True for a member the core makes in another class (a companion, a helper): it exists once that
   * class is transformed (or at its first dispatch), not in the class file read here.
   */
  private boolean madeLater(String owner, String name) {
    return !owner.equals(self.name) && (GeneratedCodeCheck.isGenerated(name) || name.startsWith("leibniz$"));
  }

  private String field(String owner, String name, String desc, boolean isStatic) {
    if ((owner.equals(self.name) && !selfComplete) || madeLater(owner, name)) return null;
    Member m = find(owner, name, desc, true);
    return m == null ? null : judge(m, owner + "." + name + ":" + desc, "field", isStatic);
  }

  private String method(String owner, String name, String desc, boolean isStatic) {
    if (ClassLibrary.isJdk(owner) && !owner.equals(self.name)) return null; // java.base: signature-polymorphic methods...
    if ((owner.equals(self.name) && !selfComplete) || madeLater(owner, name)) return null;
    Member m = find(owner, name, desc, false);
    return m == null ? null : judge(m, owner + "." + name + desc, "method", isStatic);
  }

  /** A resolved member, {@link #MISSING}, or null when a class on the way could not be read. */
  private record Member(ClassNode declaring, int access) {}

  private static final Member MISSING = new Member(null, 0);

  private String judge(Member m, String what, String kind, boolean isStatic) {
    if (m == MISSING) return "links to " + what + ", which does not exist";
    if (((m.access() & Opcodes.ACC_STATIC) != 0) != isStatic) {
      return "links to " + what + " as " + (isStatic ? "static" : "an instance " + kind) + ", which it is not";
    }
    return accessible(m) ? null : "links to " + what + ", which " + self.name + " may not access";
  }

  private boolean accessible(Member m) {
    ClassNode d = m.declaring();
    if (d.name.equals(self.name)) return true;
    if ((m.access() & Opcodes.ACC_PRIVATE) != 0) return ClassHeaders.nestHost(d).equals(ClassHeaders.nestHost(self));
    if ((m.access() & Opcodes.ACC_PUBLIC) != 0) return true;
    if (ClassHeaders.packageOf(d.name).equals(ClassHeaders.packageOf(self.name))) return true;
    return (m.access() & Opcodes.ACC_PROTECTED) != 0 && headers.isSubclass(self.name, d.name);
  }

  /** Resolution: the class, then (fields) its superinterfaces, then its superclass; methods: superclasses, then interfaces. */
  private Member find(String owner, String name, String desc, boolean isField) {
    List<String> interfaces = new ArrayList<>();
    for (String k = owner; k != null; ) {
      ClassNode c = headers.get(k);
      if (c == null) return null;
      Member here = declared(c, name, desc, isField);
      if (here != null) return here;
      interfaces.addAll(c.interfaces);
      k = c.superName;
    }
    for (int i = 0; i < interfaces.size(); i++) {
      ClassNode c = headers.get(interfaces.get(i));
      if (c == null) return null;
      Member here = declared(c, name, desc, isField);
      if (here != null) return here;
      interfaces.addAll(c.interfaces);
    }
    return MISSING;
  }

  private static Member declared(ClassNode c, String name, String desc, boolean isField) {
    if (isField) {
      for (FieldNode f : c.fields) if (f.name.equals(name) && f.desc.equals(desc)) return new Member(c, f.access);
    } else {
      for (MethodNode m : c.methods) if (m.name.equals(name) && m.desc.equals(desc)) return new Member(c, m.access);
    }
    return null;
  }
}
