package dev.leibniz.benchmarks.transform;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The bytecode length of a method, read from the class file's {@code Code} attribute (no ASM here). */
final class MethodSize {
  private MethodSize() {}

  /** The code length of the first method named {@code name}, or -1. */
  static int of(byte[] classFile, String name) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      in.skipBytes(8);
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1: utf8[i] = in.readUTF(); break;
          case 5: case 6: in.skipBytes(8); i++; break; // long, double: two entries
          case 7: case 8: case 16: case 19: case 20: in.skipBytes(2); break;
          case 15: in.skipBytes(3); break;
          default: in.skipBytes(4); break; // int, float, refs, name-and-type, dynamic
        }
      }
      in.skipBytes(6);
      in.skipBytes(2 * in.readUnsignedShort()); // interfaces
      for (int pass = 0; pass < 2; pass++) { // fields, then methods
        int members = in.readUnsignedShort();
        for (int m = 0; m < members; m++) {
          in.skipBytes(2);
          String memberName = utf8[in.readUnsignedShort()];
          in.skipBytes(2);
          int attributes = in.readUnsignedShort();
          for (int a = 0; a < attributes; a++) {
            String attribute = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if (pass == 1 && memberName.equals(name) && attribute.equals("Code")) {
              in.skipBytes(4);
              return in.readInt();
            }
            in.skipBytes(length);
          }
        }
      }
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
