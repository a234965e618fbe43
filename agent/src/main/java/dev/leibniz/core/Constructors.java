package dev.leibniz.core;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Part of {@link Relocation}: {@code new C(args)} in moved code whose constructor the host may not
 * call (not public: a library's package-private exception, thrown on bad input) becomes one
 * {@code invokedynamic} through the host's {@code leibniz$access} ({@code findConstructor}, linked
 * once through {@code privateLookupIn}), typed as the nearest class of C's the host can name: the
 * {@code NEW} and the instruction keeping the uninitialised object ({@code DUP}, or the emitter's
 * {@code ASTORE}) go, the constructor call makes the object (and stores it where the {@code NEW}
 * did). Found with ASM's source analysis; a shape it does not know stays refused.
 */
final class Constructors {
  private final Relocation r;
  private final MethodNode mn;
  private final int line;

  Constructors(Relocation r, MethodNode mn, int line) {
    this.r = r;
    this.mn = mn;
    this.line = line;
  }

  void rewrite() throws NotDifferentiable {
    List<MethodInsnNode> inits = new ArrayList<>();
    for (AbstractInsnNode n : mn.instructions) {
      if (n instanceof MethodInsnNode && n.getOpcode() == Opcodes.INVOKESPECIAL) {
        MethodInsnNode c = (MethodInsnNode) n;
        if (c.name.equals("<init>") && !c.owner.equals(r.host) && !r.reachable(c.owner, c.name, c.desc, false)) inits.add(c);
      }
    }
    if (inits.isEmpty()) return;
    Frame<SourceValue>[] frames = frames();
    List<Runnable> edits = new ArrayList<>();
    for (MethodInsnNode c : inits) edits.add(edit(c, frames));
    for (Runnable e : edits) e.run();
  }

  private Frame<SourceValue>[] frames() throws NotDifferentiable {
    int maxLocals = mn.maxLocals, maxStack = mn.maxStack;
    int locals = (Type.getArgumentsAndReturnSizes(mn.desc) >> 2) + 2;
    for (AbstractInsnNode n : mn.instructions) {
      if (n instanceof VarInsnNode) locals = Math.max(locals, ((VarInsnNode) n).var + 2);
      if (n instanceof IincInsnNode) locals = Math.max(locals, ((IincInsnNode) n).var + 1);
    }
    mn.maxLocals = Math.max(maxLocals, locals);
    mn.maxStack = Math.max(maxStack, 1024);
    try {
      return new Analyzer<>(new SourceInterpreter()).analyze(r.host, mn);
    } catch (AnalyzerException e) {
      throw r.unreachable(line, "java/lang/Object", "a constructor (" + e.getMessage() + ")");
    } finally {
      mn.maxLocals = maxLocals;
      mn.maxStack = maxStack;
    }
  }

  /** The edit replacing constructor call {@code c} (computed on the frames before any edit). */
  private Runnable edit(MethodInsnNode c, Frame<SourceValue>[] frames) throws NotDifferentiable {
    Frame<SourceValue> f = frames[mn.instructions.indexOf(c)];
    AbstractInsnNode receiver = single(f == null ? null : f.getStack(f.getStackSize() - Type.getArgumentTypes(c.desc).length - 1));
    AbstractInsnNode keep, made;
    if (receiver != null && receiver.getOpcode() == Opcodes.DUP) { // javac: NEW; DUP; args; INVOKESPECIAL
      keep = receiver;
      made = single(top(frames, receiver));
    } else if (receiver != null && receiver.getOpcode() == Opcodes.ALOAD) { // emitter: NEW; ASTORE k; ...; ALOAD k; args; INVOKESPECIAL
      Frame<SourceValue> at = frames[mn.instructions.indexOf(receiver)];
      keep = single(at.getLocal(((VarInsnNode) receiver).var));
      made = keep == null || keep.getOpcode() != Opcodes.ASTORE ? null : single(top(frames, keep));
    } else if (receiver != null && receiver.getOpcode() == Opcodes.NEW) { // emitter: NEW; args; INVOKESPECIAL, the object unused
      keep = null;
      made = receiver;
    } else {
      keep = null;
      made = null;
    }
    if (made == null || made.getOpcode() != Opcodes.NEW) throw r.unreachable(line, c.owner, "its constructor");
    String site = Type.getMethodDescriptor(Type.getObjectType(visible(c.owner)), Type.getArgumentTypes(c.desc));
    AbstractInsnNode load = receiver;
    return () -> {
      mn.instructions.remove(made);
      if (keep != null) mn.instructions.remove(keep);
      AbstractInsnNode indy = r.bridge(Opcodes.NEW, c.owner, "new", c.desc, site);
      mn.instructions.set(c, indy);
      if (load == made) {
        mn.instructions.insert(indy, new org.objectweb.asm.tree.InsnNode(Opcodes.POP)); // made for nothing, as the NEW was
      } else if (load.getOpcode() == Opcodes.ALOAD) {
        mn.instructions.remove(load);
        mn.instructions.insert(indy, new VarInsnNode(Opcodes.ASTORE, ((VarInsnNode) load).var));
      }
    };
  }

  private SourceValue top(Frame<SourceValue>[] frames, AbstractInsnNode consumer) {
    Frame<SourceValue> f = frames[mn.instructions.indexOf(consumer)];
    return f == null || f.getStackSize() == 0 ? null : f.getStack(f.getStackSize() - 1);
  }

  private static AbstractInsnNode single(SourceValue v) {
    return v == null || v.insns.size() != 1 ? null : v.insns.iterator().next();
  }

  /** {@code owner}, or its nearest superclass the host can name (the made object's type at the site). */
  private String visible(String owner) {
    String c = owner;
    while (c != null && !r.classReachable(c)) {
      ClassNode n = r.library.classNode(c);
      c = n == null ? null : n.superName;
    }
    return c == null ? "java/lang/Object" : c;
  }
}
