package dev.leibniz.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.Diagnostic;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract for a construct Leibniz does not differentiate, one subclass per construct: the
 * core reports exactly one diagnostic that names the class, the method, a source line of the
 * construct (marked {@value #MARK} in the subject's source) and the instruction; the class still
 * loads, and the rejected method behaves as before; the class's other {@code @Differentiable}
 * method still gets working companions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UnsupportedConstructTest {
  static final String MARK = "/*HERE*/";

  private Subject subject;

  /** The class under test; lines a diagnostic may name carry {@value #MARK}. */
  abstract Subject subject();

  /** Name and descriptor of the rejected method, e.g. {@code bad(D)D}. */
  abstract String rejectedMethod();

  /** What the diagnostic's instruction must contain (a case-insensitive regular expression). */
  abstract String instructionPattern();

  /** What the diagnostic's reason must contain (a case-insensitive regular expression); anything by default. */
  String reasonPattern() {
    return "";
  }

  /** Arguments for calling the rejected method in the original and the transformed class. */
  Object[] arguments() {
    return new Object[] {1.5};
  }

  /** The receiver when the rejected method is an instance method. */
  Object receiver(Class<?> loaded) throws Exception {
    var constructor = loaded.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  @BeforeAll
  void differentiate() {
    subject = subject();
  }

  @Test
  void reportsOneDiagnosticNamingClassMethodLineAndInstruction() {
    List<Diagnostic> diagnostics = subject.result.diagnostics();
    assertEquals(1, diagnostics.size(), () -> "diagnostics: " + diagnostics);
    Diagnostic d = diagnostics.get(0);
    assertEquals(subject.className, d.className(), d::message);
    assertEquals(rejectedMethod(), d.method(), d::message);
    Set<Integer> lines = subject.linesMarked(MARK);
    assertTrue(lines.contains(d.line()), () -> "line " + d.line() + " is not one of " + lines + ": " + d.message());
    assertNotNull(d.instruction(), d::message);
    assertTrue(Pattern.compile(instructionPattern(), Pattern.CASE_INSENSITIVE).matcher(d.instruction()).find(),
        () -> "instruction '" + d.instruction() + "' does not match " + instructionPattern() + ": " + d.message());
    assertTrue(Set.of("tangent", "adjoint", "both").contains(d.mode()), d::message);
    assertFalse(d.reason().isBlank(), d::message);
    assertTrue(Pattern.compile(reasonPattern(), Pattern.CASE_INSENSITIVE).matcher(d.reason()).find(),
        () -> "reason does not match " + reasonPattern() + ": " + d.message());
    assertJavaSyntax(d.reason());
    assertJavaSyntax(d.instruction());
    var opcode = OPCODE.matcher(d.instruction());
    assertFalse(opcode.find(), () -> "the instruction is quoted as the JVM's '" + opcode.group() + "': " + d.message());
  }

  /** A bytecode mnemonic or a method descriptor: a quoted instruction is the Java it compiles from (core.lift.InsnText). */
  private static final Pattern OPCODE = Pattern.compile("(?i:\\b(INVOKE(VIRTUAL|STATIC|SPECIAL|INTERFACE|DYNAMIC)|[GP]ET(FIELD|STATIC)|[ADFIL](LOAD|STORE|ALOAD|ASTORE)"
      + "|CHECKCAST|ANEWARRAY|NEWARRAY|ATHROW|MONITORENTER)\\b)|\\([\\[BCDFIJSZL/;\\w$]*\\)\\[*[BCDFIJSZV]\\b");

  /** A JVM internal name ({@code dev/leibniz/X}), a field descriptor after a name ({@code X.v:D}, {@code X.v:La/B;}). */
  private static final Pattern JVM_FORM =
      Pattern.compile("\\b[a-z][\\w$]*(/[a-z][\\w$]*)+/[A-Z][\\w$]*|[\\w$]:\\[*([BCDFIJSZ]\\b|L[\\w/$]+;)");

  /** The reason names fields, methods and types as Java source does, never in the JVM's form. */
  static void assertJavaSyntax(String reason) {
    var jvm = JVM_FORM.matcher(reason);
    assertFalse(jvm.find(), () -> "the reason shows '" + jvm.group() + "' in the JVM's form: " + reason);
  }

  @Test
  void classLoadsAndTheRejectedMethodBehavesAsBefore() throws Throwable {
    subject.assertTransformedVerifies();
    Object before = call(subject.loadOriginal());
    Object after = call(subject.loadTransformed());
    assertEquals(before, after);
  }

  @Test
  void otherMethodsOfTheClassStillGetWorkingCompanions() throws Throwable {
    assertNotNull(subject.result.transformed(), "the class's well-behaved method got no companions");
    subject.assertTransformedVerifies();
    Subject.assertGoodCompanionsWork(subject.loadTransformed());
  }

  @Test
  void rejectedMethodGetsNoCompanionForTheRejectedMode() throws Throwable {
    String name = rejectedMethod().substring(0, rejectedMethod().indexOf('('));
    List<String> methods = Subject.methodNames(subject.loadTransformed());
    String mode = subject.result.diagnostics().isEmpty() ? "both" : subject.result.diagnostics().get(0).mode();
    if (!mode.equals("adjoint")) {
      assertFalse(methods.contains(name + "$tangent"), methods::toString);
    }
    if (!mode.equals("tangent")) {
      assertFalse(methods.contains(name + "$adjoint"), methods::toString);
    }
  }

  /** Calls the rejected method; its result, or the class of what it threw. */
  private Object call(Class<?> loaded) throws Exception {
    String name = rejectedMethod().substring(0, rejectedMethod().indexOf('('));
    Method m = Arrays.stream(loaded.getDeclaredMethods())
        .filter(x -> x.getName().equals(name))
        .findFirst()
        .orElseThrow();
    m.setAccessible(true);
    Object target = Modifier.isStatic(m.getModifiers()) ? null : receiver(loaded);
    try {
      Object result = m.invoke(target, arguments());
      return Objects.toString(result);
    } catch (InvocationTargetException e) {
      return "threw " + e.getCause().getClass().getName();
    }
  }
}
