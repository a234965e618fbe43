/*
 * Real-code corpus support (test code only, see ../README.md): a stand-in for com.jogamp.opengl.GLException of
 * sgothel/jogl (BSD-2-Clause), which FloatUtil's makeFrustum and makePerspective throw; the original is a
 * RuntimeException with the same constructor.
 */
package dev.leibniz.corpus.jogl;

/** Thrown by FloatUtil for invalid frustum bounds. */
public class GLException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GLException(String message) {
    super(message);
  }
}
