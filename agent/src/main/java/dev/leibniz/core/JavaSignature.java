package dev.leibniz.core;

import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.MethodRef;
import org.objectweb.asm.Type;

/**
 * Methods and types as a Java programmer writes them, for diagnostics: {@code double
 * Gamma.logGamma(double)} rather than {@code org/hipparchus/special/Gamma.logGamma(D)D}.
 * Classes are shown by their simple name (nested classes as {@code Outer.Inner}). Every message that
 * names a field, method or type formats it here, so that none shows the JVM's form ({@code
 * a/b/X.v2a:La/b/Vector2;}).
 */
public final class JavaSignature {
  private JavaSignature() {}

  /** {@code double Gamma.logGamma(double)} for owner {@code org/hipparchus/special/Gamma}. */
  public static String method(String owner, String name, String desc) {
    StringBuilder sb = new StringBuilder();
    if (!name.equals("<init>")) sb.append(type(Type.getReturnType(desc))).append(' ');
    sb.append(className(owner));
    if (!name.equals("<init>")) sb.append('.').append(name);
    return sb.append(parameters(desc)).toString();
  }

  /** {@code double Gamma.logGamma(double)} for a call's method. */
  public static String method(MethodRef m) {
    return method(m.owner(), m.name(), m.desc());
  }

  /** {@code Gamma.logGamma}: a method named without its types, where the sentence gives them. */
  public static String methodName(MethodRef m) {
    return className(m.owner()) + "." + m.name();
  }

  /** {@code Vector2 Intersector.v2a}: a field with its declared type. */
  public static String field(FieldRef f) {
    return field(f.owner(), f.name(), f.desc());
  }

  /** {@code double DirectFormII.m_v1} for owner {@code uk/me/berndporr/iirj/DirectFormII}. */
  public static String field(String owner, String name, String desc) {
    return type(Type.getType(desc)) + " " + fieldName(owner, name);
  }

  /** {@code DirectFormII.m_v1}: a field named without its type, where the sentence gives it. */
  public static String fieldName(String owner, String name) {
    return className(owner) + "." + name;
  }

  /** {@code logGamma(double)}: a method of the class being reported, without its owner. */
  public static String member(String name, String desc) {
    return name + parameters(desc);
  }

  /** {@code (double[], int)}. */
  public static String parameters(String desc) {
    StringBuilder sb = new StringBuilder("(");
    Type[] args = Type.getArgumentTypes(desc);
    for (int k = 0; k < args.length; k++) {
      if (k > 0) sb.append(", ");
      sb.append(type(args[k]));
    }
    return sb.append(')').toString();
  }

  /** {@code double[]}, {@code int}, {@code String}, {@code Gamma.Inner}. */
  public static String type(Type t) {
    if (t.getSort() == Type.ARRAY) {
      return type(t.getElementType()) + "[]".repeat(t.getDimensions());
    }
    return t.getSort() == Type.OBJECT ? className(t.getInternalName()) : t.getClassName();
  }

  /** The simple name of an internal class name, nested classes joined with a dot. */
  public static String className(String internalName) {
    String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
    if (simple.endsWith("$") && simple.length() > 1) { // a Scala object's class (Fix$): not a nested class
      return simple.substring(0, simple.length() - 1).replace('$', '.') + "$";
    }
    return simple.replace('$', '.');
  }
}
