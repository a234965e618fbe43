package dev.leibniz.core.emit;

import dev.leibniz.core.Companions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Copies the {@link Helpers} templates a class needs into it, as private static synthetic methods. */
public final class HelperCopier {
  private static final String TEMPLATE = Type().replace('.', '/');
  private static final byte[] TEMPLATE_BYTES = load();

  /**
   * Helpers that code rewritten before differentiation calls (a checkpointed loop's driver reads
   * the tape budget): they write no array, field or static that existed before the call and read
   * no bit pattern. Their code is copied into the class only after differentiation, so the
   * analyses see a call without code; without this they would count as "may do anything",
   * bit reads included, and every caller of a method holding a driver would be refused.
   */
  private static final Set<String> WRITE_FREE = Set.of("tapeBudget");

  private HelperCopier() {}

  /** True when {@code name} (prefixed, as called from the class) is a helper in {@link #WRITE_FREE}. */
  public static boolean writesNothing(String name) {
    return name.startsWith(Companions.HELPER_PREFIX) && WRITE_FREE.contains(name.substring(Companions.HELPER_PREFIX.length()));
  }

  private static String Type() {
    return Helpers.class.getName();
  }

  private static byte[] load() {
    try (InputStream in = Helpers.class.getResourceAsStream("Helpers.class")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The descriptor of helper {@code name} (without prefix). */
  public static String desc(String name) {
    ClassNode cn = new ClassNode();
    new ClassReader(TEMPLATE_BYTES).accept(cn, ClassReader.SKIP_DEBUG);
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name)) {
        return m.desc;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** {@code names} and the template methods they call, transitively. */
  private static Set<String> withDependencies(Set<String> names) {
    ClassNode cn = new ClassNode();
    new ClassReader(TEMPLATE_BYTES).accept(cn, ClassReader.SKIP_DEBUG);
    Set<String> all = new java.util.TreeSet<>(names);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (MethodNode m : cn.methods) {
        if (!all.contains(m.name)) continue;
        for (org.objectweb.asm.tree.AbstractInsnNode n : m.instructions) {
          if (n instanceof org.objectweb.asm.tree.MethodInsnNode
              && ((org.objectweb.asm.tree.MethodInsnNode) n).owner.equals(TEMPLATE)) {
            changed |= all.add(((org.objectweb.asm.tree.MethodInsnNode) n).name);
          }
        }
      }
    }
    return all;
  }

  /** Adds to {@code out} the helpers named in {@code names} (unprefixed), retargeted to {@code owner}. */
  public static void copy(Set<String> wanted, String owner, boolean itf, ClassVisitor out) {
    Set<String> names = withDependencies(wanted);
    SimpleRemapper remap =
        new SimpleRemapper(TEMPLATE, owner) {
          @Override
          public String mapMethodName(String own, String name, String descriptor) {
            return own.equals(TEMPLATE) && !name.startsWith("<") ? Companions.HELPER_PREFIX + name : name;
          }
        };
    ClassVisitor filter =
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
            if (!names.contains(name)) {
              return null;
            }
            return out.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, Companions.HELPER_PREFIX + name, desc, null, null);
          }
        };
    new ClassReader(TEMPLATE_BYTES).accept(new ClassRemapper(filter, remap) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
        // Keep the template's name so that the filter can select it; calls inside are remapped.
        MethodVisitor mv = filter.visitMethod(access, name, remapper.mapMethodDesc(desc), null, null);
        if (mv == null) {
          return null;
        }
        MethodVisitor flagged = new MethodVisitor(Opcodes.ASM9, mv) {
          @Override
          public void visitMethodInsn(int op, String o, String n, String d, boolean isItf) {
            super.visitMethodInsn(op, o, n, d, o.equals(owner) ? itf : isItf);
          }
        };
        return createMethodRemapper(flagged);
      }
    }, ClassReader.SKIP_DEBUG);
  }
}
