package dev.leibniz.core.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.core.Companions;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The tape workspace of one gradient: an {@code Object[]} holding the four tapes ({@code double[]},
 * {@code int[]}, {@code long[]}, {@code Object[]}), an {@code int[5]} of their positions (and of the
 * temporaries), the buffer for callees' scalar adjoints, a busy mark, the sink for adjoints of
 * passive unwritten arrays and the gradient's {@code double[]} temporaries ({@link Helpers#newD})
 * (layout fixed by {@link Helpers#fresh}).
 *
 * <p>Every adjoint {@code m$adjoint} is a small entry ({@link #entry}) that takes the calling
 * thread's workspace from a {@code ThreadLocal} in the class's {@code private static final} field
 * {@link Companions#TAPE_CACHE}, calls the private body {@code m$adjoint$body} with it and releases
 * it. A body passes the workspace on to the bodies of the same class it calls, having published
 * its tapes and positions there: the callee pushes above the caller's entries and pops back to them
 * before it returns (the reverse sweep of a callee runs entirely inside its call), so one gradient
 * uses one set of tapes, and the next gradient on that thread reuses them. The field's value never
 * changes; what it holds is per thread, and a workspace serves one call chain at a time: generated
 * code stays re-entrant and thread-safe, and allocates no tape at all in steady state.
 */
public final class Workspace {
  static final int POSITIONS = 4;
  static final int BUFFER = 5;

  private Workspace() {}

  /** The workspace entry holding the tape of {@code kind} ({@code D I J A}). */
  static int slot(char kind) {
    return "DIJA".indexOf(kind);
  }

  /** True when {@code body} reads its workspace parameter (its last one). */
  public static boolean uses(MethodNode body) {
    int slot = (body.access & ACC_STATIC) != 0 ? 0 : 1;
    Type[] args = Type.getArgumentTypes(body.desc);
    for (int k = 0; k < args.length - 1; k++) slot += args[k].getSize();
    for (AbstractInsnNode n : body.instructions) {
      if (n instanceof VarInsnNode && n.getOpcode() == ALOAD && ((VarInsnNode) n).var == slot) return true;
    }
    return false;
  }

  /**
   * The adjoint {@code name} (descriptor {@code desc}, the contract's) that calls {@code body}: with
   * the thread's cached workspace when the body uses one ({@code cached}: the class has the cache
   * field; interfaces cannot hold a private one and take a fresh workspace), else with null.
   */
  public static MethodNode entry(String owner, boolean itf, int access, String name, String desc, MethodNode body, boolean cached) {
    InsnList take = null;
    if (uses(body)) {
      take = new InsnList();
      if (cached) {
        take.add(new org.objectweb.asm.tree.FieldInsnNode(GETSTATIC, owner, Companions.TAPE_CACHE, "Ljava/lang/ThreadLocal;"));
        take.add(helper(owner, itf, "take", "(Ljava/lang/ThreadLocal;)[Ljava/lang/Object;"));
      } else {
        take.add(helper(owner, itf, "fresh", "()[Ljava/lang/Object;"));
      }
    }
    return entry(owner, itf, access, name, desc, body, take, "release");
  }

  /**
   * The method {@code name} (descriptor {@code desc}) that calls {@code body} with its own arguments
   * and, last, the {@code Object[]} that {@code take} leaves on the stack (null when {@code take} is
   * null), given back to the helper {@code release} in a finally block.
   */
  static MethodNode entry(String owner, boolean itf, int access, String name, String desc, MethodNode body, InsnList take,
      String release) {
    MethodNode mn = new MethodNode(ASM9, access, name, desc, null, null);
    boolean isStatic = (access & ACC_STATIC) != 0;
    int slot = 0;
    if (!isStatic) mn.instructions.add(new VarInsnNode(ALOAD, slot++));
    for (Type t : Type.getArgumentTypes(desc)) {
      mn.instructions.add(new VarInsnNode(t.getOpcode(ILOAD), slot));
      slot += t.getSize();
    }
    boolean uses = take != null;
    if (!uses) {
      mn.instructions.add(new InsnNode(ACONST_NULL));
    } else {
      mn.instructions.add(take);
      mn.instructions.add(new InsnNode(DUP));
      mn.instructions.add(new VarInsnNode(ASTORE, slot));
    }
    LabelNode start = new LabelNode(), end = new LabelNode(), handler = new LabelNode();
    mn.instructions.add(start);
    int op = isStatic ? INVOKESTATIC : INVOKESPECIAL;
    mn.instructions.add(new MethodInsnNode(op, owner, body.name, body.desc, itf));
    mn.instructions.add(end);
    if (uses) {
      mn.instructions.add(new VarInsnNode(ALOAD, slot));
      mn.instructions.add(helper(owner, itf, release, "([Ljava/lang/Object;)V"));
    }
    mn.instructions.add(new InsnNode(Type.getReturnType(desc).getOpcode(IRETURN)));
    if (uses) {
      // try/finally: a body that throws still releases the workspace.
      mn.instructions.add(handler);
      mn.instructions.add(new VarInsnNode(ALOAD, slot));
      mn.instructions.add(helper(owner, itf, release, "([Ljava/lang/Object;)V"));
      mn.instructions.add(new InsnNode(ATHROW));
      mn.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
    }
    return mn;
  }

  private static MethodInsnNode helper(String owner, boolean itf, String name, String desc) {
    return new MethodInsnNode(INVOKESTATIC, owner, Companions.HELPER_PREFIX + name, desc, itf);
  }

  /** True when {@code entry} (made by {@link #entry}) reads the cache field. */
  public static boolean readsCache(MethodNode entry) {
    for (AbstractInsnNode n : entry.instructions) {
      if (n instanceof org.objectweb.asm.tree.FieldInsnNode && ((org.objectweb.asm.tree.FieldInsnNode) n).name.equals(Companions.TAPE_CACHE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the cache field {@code private static final ThreadLocal leibniz$tapes} to the class
   * passing through, initialised first thing in its static initialiser (one is added if it has none).
   */
  public static ClassVisitor withCache(ClassVisitor next, String owner) {
    return new ClassVisitor(ASM9, next) {
      boolean clinit;

      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
        MethodVisitor mv = super.visitMethod(access, name, desc, sig, ex);
        if (!name.equals("<clinit>") || mv == null) {
          return mv;
        }
        clinit = true;
        return new MethodVisitor(ASM9, mv) {
          @Override
          public void visitCode() {
            super.visitCode();
            initialise(mv, owner);
          }

          @Override
          public void visitMaxs(int maxStack, int maxLocals) {
            super.visitMaxs(Math.max(maxStack, 2), maxLocals);
          }
        };
      }

      @Override
      public void visitEnd() {
        cv.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL | ACC_SYNTHETIC, Companions.TAPE_CACHE, "Ljava/lang/ThreadLocal;", null, null).visitEnd();
        if (!clinit) {
          MethodVisitor mv = cv.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
          mv.visitCode();
          initialise(mv, owner);
          mv.visitInsn(RETURN);
          mv.visitMaxs(2, 0);
          mv.visitEnd();
        }
        super.visitEnd();
      }
    };
  }

  private static void initialise(MethodVisitor mv, String owner) {
    mv.visitTypeInsn(NEW, "java/lang/ThreadLocal");
    mv.visitInsn(DUP);
    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/ThreadLocal", "<init>", "()V", false);
    mv.visitFieldInsn(PUTSTATIC, owner, Companions.TAPE_CACHE, "Ljava/lang/ThreadLocal;");
  }
}
