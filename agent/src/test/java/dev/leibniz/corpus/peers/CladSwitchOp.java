package dev.leibniz.corpus.peers;

/** The enum Op of Clad's test/Gradient/Switch.C (fn24), public so that the test passes the same constants. */
public enum CladSwitchOp {
  Add,
  Sub,
  Mul,
  Div
}
