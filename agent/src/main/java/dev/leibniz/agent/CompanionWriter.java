package dev.leibniz.agent;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import dev.leibniz.core.explain.Explainer;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.pool.TypePool;

/**
 * Bridges ByteBuddy's class pipeline to the core: passes the class through unchanged while
 * recording it, hands the recorded bytes to {@link ClassDifferentiator} at the end, and appends
 * the companion methods it returns. Under {@code strict}, a class with a diagnostic instead gets
 * a static initialiser that throws the diagnostic (its original one is kept under another name).
 */
final class CompanionWriter extends AsmVisitorWrapper.AbstractBase {
  private static final String STRICT_CLINIT = "leibniz$originalClinit";
  private final Options options;
  private final ClassLoader loader;
  private final DumpWriter dumps;
  /** Whether the class's companions get the self-check's wrappers ({@code check=}, and the class can reach {@link SelfCheck}). */
  private final boolean checked;

  CompanionWriter(Options options, ClassLoader loader, boolean unnamedModule) {
    this.options = options;
    this.loader = loader;
    this.dumps = options.dump == null ? null : DumpWriter.of(options.dump);
    this.checked = checks(options, loader, unnamedModule);
  }

  /** Whether a class of {@code loader} gets the self-check's wrappers: {@code check=}, and it can reach {@link SelfCheck}. */
  static boolean checks(Options options, ClassLoader loader, boolean unnamedModule) {
    return options.check > 0 && unnamedModule && seesSelfCheck(loader);
  }

  /** The class's loader resolves {@link SelfCheck} to this agent's copy (it delegates to the system class path). */
  private static boolean seesSelfCheck(ClassLoader loader) {
    try {
      return Class.forName(SelfCheck.class.getName(), false, loader) == SelfCheck.class;
    } catch (Throwable e) {
      return false;
    }
  }

  @Override
  public ClassVisitor wrap(TypeDescription type, ClassVisitor out, Implementation.Context context, TypePool pool,
      FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods, int writerFlags, int readerFlags) {
    ClassWriter recorder = new ClassWriter(0);
    return new ClassVisitor(Opcodes.ASM9, recorder) {
      @Override
      public void visitEnd() {
        super.visitEnd();
        byte[] original = recorder.toByteArray();
        byte[] replay = original;
        try {
          replay = transform(original, type.getName());
        } catch (Throwable t) {
          System.err.println("leibniz: " + type.getName() + " loads without companions: internal error " + t);
        }
        new ClassReader(replay).accept(out, 0);
      }
    };
  }

  /** The class with its companions, the original when there are none, or the strict failure. */
  private byte[] transform(byte[] original, String className) {
    Result r = options.dump == null ? new ClassDifferentiator(ClassFinder.of(loader)).differentiate(original)
        : dumps.differentiateAndWrite(original, className, ClassFinder.of(loader));
    if (!options.quiet) {
      for (Diagnostic d : r.diagnostics()) {
        System.err.println(d.message());
      }
    }
    Diagnostic error = r.diagnostics().stream().filter(d -> !d.warning()).findFirst().orElse(null);
    if (options.strict && error != null) {
      return failingInitialisation(original, error.message());
    }
    if (r.transformed() == null) {
      return original;
    }
    if (options.verbose) {
      for (String g : Explainer.signatures(original, r)) {
        System.err.print("leibniz: generated " + g);
      }
      for (String plan : r.plans()) {
        System.err.println(plan);
      }
    }
    return checked ? checked(original, r.transformed(), className) : r.transformed();
  }

  /** The companions with the self-check's wrappers; if wrapping fails, the companions as they are. */
  static byte[] checked(byte[] original, byte[] transformed, String className) {
    try {
      return CheckedCompanions.wrap(original, transformed);
    } catch (Throwable t) {
      System.err.println("leibniz: check: the companions of " + className + " are not checked: internal error " + t);
      return transformed;
    }
  }

  /** The original class whose initialiser throws {@code message} (its own kept under another name). */
  private static byte[] failingInitialisation(byte[] original, String message) {
    ClassWriter w = new ClassWriter(0);
    new ClassReader(original).accept(new ClassVisitor(Opcodes.ASM9, w) {
      @Override
      public MethodVisitor visitMethod(int access, String n, String desc, String sig, String[] ex) {
        return super.visitMethod(access, n.equals("<clinit>") ? STRICT_CLINIT : n, desc, sig, ex);
      }

      @Override
      public void visitEnd() {
        failInitialisation(message, cv);
        super.visitEnd();
      }
    }, 0);
    return w.toByteArray();
  }

  private static void failInitialisation(String message, ClassVisitor out) {
    MethodVisitor mv = out.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
    mv.visitCode();
    mv.visitTypeInsn(Opcodes.NEW, "java/lang/IllegalStateException");
    mv.visitInsn(Opcodes.DUP);
    mv.visitLdcInsn(message);
    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false);
    mv.visitInsn(Opcodes.ATHROW);
    mv.visitMaxs(3, 0);
    mv.visitEnd();
  }
}
