package dev.leibniz.agent;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.ProxyCompanions;
import dev.leibniz.core.Result;
import dev.leibniz.core.explain.Explainer;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The transformer that adds the companions: hands the class file of each class that {@link
 * PreFilter} passes to {@link ClassDifferentiator} (which decides exactly whether it marks or
 * overrides a marked method) and returns the class with its companions, or nothing to leave it
 * as it is. Under {@code strict}, a class with a diagnostic instead gets a static initialiser that
 * throws the diagnostic (its original one is kept under another name).
 *
 * <p>A plain {@link ClassFileTransformer} on the core's own ASM: the core works on {@code byte[]}
 * alone, so nothing here needs ByteBuddy's type pool, matchers or its second copy of ASM (about
 * 750 classes to load and interpret at the first differentiated class; benchmarks/STARTUP.md).
 * Classes that load on a thread while it is transforming (the JDK's, the agent's own) pass
 * unchanged, so the transformer never sees its own work; a failure is reported and the class
 * loads unchanged: the agent never stops the application.
 */
final class CompanionTransformer implements ClassFileTransformer {
  private static final String STRICT_CLINIT = "leibniz$originalClinit";
  private final Options options;
  private final DumpWriter dumps;
  /** Whether this thread is transforming a class already (then a class it loads passes unchanged). */
  private final ThreadLocal<Boolean> busy = new ThreadLocal<>();

  CompanionTransformer(Options options) {
    this.options = options;
    this.dumps = options.dump == null ? null : DumpWriter.of(options.dump);
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
    if (name == null || (PreFilter.ignored(name) && !PreFilter.isProxyName(name)) || busy.get() != null) {
      return null;
    }
    busy.set(Boolean.TRUE);
    try {
      byte[] out = companions(bytes, name.replace('/', '.'), loader, module == null || !module.isNamed());
      return out == bytes ? null : out;
    } catch (Throwable t) {
      System.err.println("leibniz: " + name.replace('/', '.') + " loads without companions: internal error " + t);
      return null;
    } finally {
      busy.remove();
    }
  }

  @Override
  public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
    return transform(null, loader, name, redefined, domain, bytes);
  }

  /** The class's loader resolves {@link SelfCheck} to this agent's copy (it delegates to the system class path). */
  private static boolean seesSelfCheck(ClassLoader loader) {
    try {
      return Class.forName(SelfCheck.class.getName(), false, loader) == SelfCheck.class;
    } catch (Throwable e) {
      return false;
    }
  }

  /** The class with its companions ({@link #transform(byte[], String, ClassLoader, boolean)}), in an unnamed module or not. */
  private byte[] companions(byte[] original, String className, ClassLoader loader, boolean unnamedModule) {
    if (PreFilter.isProxyName(className.replace('.', '/'))) {
      byte[] refusing = ProxyCompanions.refused(original);
      return refusing == null ? original : refusing;
    }
    return transform(original, className, loader, checks(options, loader, unnamedModule));
  }

  /** Whether a class of {@code loader} gets the self-check's wrappers: {@code check=}, and it can reach {@link SelfCheck}. */
  static boolean checks(Options options, ClassLoader loader, boolean unnamedModule) {
    return options.check > 0 && unnamedModule && seesSelfCheck(loader);
  }

  /**
   * The class with its companions, the original when there are none, or the strict failure;
   * {@code checked}: the companions get the self-check's wrappers ({@code check=}, and the class
   * can reach {@link SelfCheck}).
   */
  private byte[] transform(byte[] original, String className, ClassLoader loader, boolean checked) {
    Result r = options.dump == null ? new ClassDifferentiator(ClassFinder.of(loader)).differentiate(original)
        : dumps.differentiateAndWrite(original, className, ClassFinder.of(loader));
    if (!options.quiet) {
      for (Diagnostic d : r.diagnostics()) {
        if (!options.acknowledged(d)) System.err.println(d.message());
      }
    }
    Diagnostic error = null;
    for (Diagnostic d : r.diagnostics()) { // a loop, not a stream: this runs at the first class
      if (!d.warning()) {
        error = d;
        break;
      }
    }
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
    return checked ? checked(original, r.transformed(), className, ClassFinder.of(loader)) : r.transformed();
  }

  /** The companions with the self-check's wrappers; if wrapping fails, the companions as they are. */
  static byte[] checked(byte[] original, byte[] transformed, String className, ClassFinder finder) {
    try {
      return CheckedCompanions.wrap(original, transformed, finder);
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
