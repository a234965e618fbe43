package dev.leibniz.core.ir;

/** A field named by a field instruction. */
public record FieldRef(String owner, String name, String desc) {
  @Override
  public String toString() {
    return owner + "." + name + ":" + desc;
  }
}
