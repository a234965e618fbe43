package dev.leibniz.core.ir;

import org.objectweb.asm.Opcodes;

/**
 * A method named by a call instruction.
 *
 * @param opcode {@code INVOKESTATIC}, {@code INVOKEVIRTUAL}, {@code INVOKESPECIAL} or {@code INVOKEINTERFACE}
 */
public record MethodRef(int opcode, String owner, String name, String desc, boolean itf) {
  public boolean isStatic() {
    return opcode == Opcodes.INVOKESTATIC;
  }

  @Override
  public String toString() {
    return owner + "." + name + desc;
  }
}
