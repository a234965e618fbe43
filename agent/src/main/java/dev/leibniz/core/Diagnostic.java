package dev.leibniz.core;

/**
 * Why one method could not be differentiated: where (class, method, source line, instruction),
 * in which mode, and the reason. Its {@link #message()} is the line the agent prints.
 *
 * @param className the binary name of the class, e.g. {@code com.acme.Model}
 * @param method the method name and descriptor, e.g. {@code bar(D)D}
 * @param line the source line, or -1 when the class has no line numbers
 * @param instruction the offending instruction in textual form, or empty
 * @param mode {@code tangent}, {@code adjoint} or {@code both}
 * @param reason what is not supported and, where one exists, the fix
 * @param warning true for a warning: the companions exist, but likely not as the user meant
 *     (e.g. a table lookup at a rounded index, whose derivative is 0); {@code strict} ignores it
 * @param sourceFile the source file the class was compiled from, or null to name it after the class
 */
public record Diagnostic(String className, String method, int line, String instruction, String mode, String reason,
    boolean warning, String sourceFile) {

  /** A diagnostic whose source file is named after the class ({@code Foo.java}). */
  public Diagnostic(String className, String method, int line, String instruction, String mode, String reason, boolean warning) {
    this(className, method, line, instruction, mode, reason, warning, null);
  }

  /** An error: the method (or mode) gets no companion. */
  public Diagnostic(String className, String method, int line, String instruction, String mode, String reason) {
    this(className, method, line, instruction, mode, reason, false, null);
  }

  /** This diagnostic naming {@code file} (the class file's SourceFile attribute: {@code Fix.scala}, {@code Model.kt}). */
  public Diagnostic withSourceFile(String file) {
    return new Diagnostic(className, method, line, instruction, mode, reason, warning, file);
  }

  /** The method in Java syntax, e.g. {@code double com.acme.Foo.bar(double[], int)}. */
  public String javaMethod() {
    int paren = method.indexOf('(');
    if (paren < 0) return className + "." + method;
    String desc = method.substring(paren);
    return JavaSignature.type(org.objectweb.asm.Type.getReturnType(desc)) + " " + className + "."
        + JavaSignature.member(method.substring(0, paren), desc);
  }

  /**
   * The one-line report, e.g. {@code leibniz: cannot differentiate double com.acme.Foo.bar(double) at
   * Foo.java:42: ...}, or {@code leibniz: warning: double com.acme.Foo.bar(double) at Foo.java:42: ...}.
   */
  public String message() {
    StringBuilder sb = new StringBuilder(warning ? "leibniz: warning: " : "leibniz: cannot differentiate ");
    sb.append(javaMethod());
    if (!"both".equals(mode)) {
      sb.append(" (").append(mode).append(" mode)");
    }
    String simple = className.substring(className.lastIndexOf('.') + 1);
    int dollar = simple.indexOf('$');
    if (dollar > 0) {
      simple = simple.substring(0, dollar);
    }
    sb.append(" at ").append(sourceFile != null ? sourceFile : simple + ".java");
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (!instruction.isEmpty()) {
      sb.append(instruction).append(": ");
    }
    return sb.append(reason).toString();
  }
}
