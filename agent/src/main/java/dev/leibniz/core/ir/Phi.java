package dev.leibniz.core.ir;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/** A phi: its value is the input of the predecessor through which control entered its block. */
public final class Phi extends Value {
  public final Block block;
  /** One input per predecessor, in the order of {@link Block#preds}. */
  public final List<Value> inputs = new ArrayList<>();

  Phi(int id, Type type, Block block) {
    super(id, type);
    this.block = block;
  }

  public Value input(Block pred) {
    return inputs.get(block.preds.indexOf(pred));
  }
}
