package dev.leibniz.core;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * ASM's {@link SimpleVerifier} (reference types checked, not only "a reference") answering its
 * questions about classes from {@link ClassHeaders}, never by loading a class: a value passed,
 * stored or returned where another class is expected ({@code double[]} for a {@code Foo}, a
 * {@code Foo} for a {@code Bar}) fails as the JVM's verifier would fail the whole class. As the
 * JVM's verifier does, an interface accepts any reference; a class that cannot be read accepts
 * any reference too (and marks the headers unsure).
 */
final class HeaderVerifier extends SimpleVerifier {
  private static final Type OBJECT = Type.getObjectType("java/lang/Object");
  private final ClassHeaders headers;

  HeaderVerifier(ClassHeaders headers, ClassNode self) {
    super(Opcodes.ASM9, Type.getObjectType(self.name), self.superName == null ? null : Type.getObjectType(self.superName),
        self.interfaces.stream().map(Type::getObjectType).toList(), (self.access & Opcodes.ACC_INTERFACE) != 0);
    this.headers = headers;
  }

  @Override
  protected boolean isInterface(Type type) {
    if (type.getSort() != Type.OBJECT) return false;
    ClassNode c = headers.get(type.getInternalName());
    return c != null && (c.access & Opcodes.ACC_INTERFACE) != 0;
  }

  @Override
  protected Type getSuperClass(Type type) {
    if (type.getSort() == Type.ARRAY) return OBJECT;
    ClassNode c = headers.get(type.getInternalName());
    if (c == null) return OBJECT; // unreadable: the headers are unsure, the method's type failures ignored
    return c.superName == null ? null : Type.getObjectType(c.superName);
  }

  /** True when a value of {@code from} may be used where {@code to} is expected. */
  @Override
  protected boolean isAssignableFrom(Type to, Type from) {
    if (to.equals(from) || to.equals(OBJECT)) return true;
    if (to.getSort() == Type.ARRAY) {
      if (from.getSort() != Type.ARRAY) return false;
      Type t = Type.getType(to.getDescriptor().substring(1)), f = Type.getType(from.getDescriptor().substring(1));
      boolean refs = t.getSort() >= Type.ARRAY && f.getSort() >= Type.ARRAY;
      return refs ? isAssignableFrom(t, f) : t.equals(f);
    }
    if (from.getSort() == Type.ARRAY) {
      String n = to.getInternalName();
      return n.equals("java/lang/Cloneable") || n.equals("java/io/Serializable");
    }
    ClassNode target = headers.get(to.getInternalName());
    if (target == null || (target.access & Opcodes.ACC_INTERFACE) != 0) return true;
    return headers.isSubclass(from.getInternalName(), to.getInternalName());
  }

  /**
   * Never loads: {@link SimpleVerifier#isSubTypeOf} asks only after {@link #isAssignableFrom} said
   * no, for a class that is no interface; a class that is no interface gives the same answer.
   */
  @Override
  protected Class<?> getClass(Type type) {
    return Object.class;
  }
}
