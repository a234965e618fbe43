package dev.leibniz.oracle;

/**
 * {@link LoopBodyOutliningTest} with a body of 1,000 statements (about 20 KB of bytecode: a loop
 * body over HotSpot's limit by itself, the one benchmarks/SIZE.md reported refused). It is outlined
 * now that the body keeps its own temporaries: only what may be read after it (or on its next trip)
 * goes back through the frame, where before all 1,000 were stored and loaded back around every call,
 * which left the loop too large to compile and impossible to cut. The same checks: every generated
 * method under the limit, both modes against {@code DerivativeStructure}, finite differences and the
 * dot-product test.
 */
class LargeLoopBodyTest extends LoopBodyOutliningTest {
  @Override
  int statements() {
    return 1000;
  }
}
