package dev.leibniz.core.outline;

import dev.leibniz.core.JavaSignature;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diagnostics about a piece the {@link Outliner} cut ({@code clipLine$part1}, {@code m$loop0$part2}), told in the
 * user's terms: the user never wrote the piece, so a message names the method it was cut from and the line the
 * piece starts at (its lines are the original's), says why the core cut it, and gives advice about that method.
 */
public final class OutlinedNames {
  private OutlinedNames() {}

  /** The first piece suffix in a name: {@code $part3}, {@code $loop0}, {@code $arm2}. */
  private static final Pattern PIECE = Pattern.compile("\\" + Outliner.PART + "\\d|\\" + LoopBodies.LOOP + "\\d|\\"
      + LoopBodies.ARM + "\\d");

  /** The user's method a piece was cut from ({@code clipLine} for {@code clipLine$part1}), or null for any other name. */
  public static String userMethod(String name) {
    Matcher m = PIECE.matcher(name);
    return m.find() && m.start() > 0 ? name.substring(0, m.start()) : null;
  }

  /**
   * {@code the part of Envelope2D.clipLine from line 801 on, which the core split off ...}: the subject of a sentence
   * about a call of piece {@code name} of class {@code owner}, made at {@code line} (the piece's first, or -1).
   */
  public static String part(String owner, String name, int line) {
    return "the part of " + JavaSignature.className(owner) + "." + userMethod(name) + (line > 0 ? " from line " + line + " on" : "")
        + ", which the core split off into a method of its own to keep the companions under the JVM's size limits,";
  }

  /** Advice that applies to the user's method: written smaller, it is not split, and its own field writes are allowed. */
  public static String advice(String owner, String name) {
    String user = JavaSignature.className(owner) + "." + userMethod(name);
    return "make " + user + " shorter so that the core need not split it: move some of its statements into methods of"
        + " their own that write no field, keeping the field writes in " + user + " itself";
  }

  /** {@code a part of Envelope2D.clipLine}: a call of a piece, as the diagnostic's instruction. */
  public static String call(String owner, String name) {
    return "a part of " + JavaSignature.className(owner) + "." + userMethod(name) + " (split off by the core)";
  }
}
