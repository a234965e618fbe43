package dev.leibniz.corpus.gdxai;

import dev.leibniz.Differentiable;

/**
 * Not copied: the user's side of gdx-ai, written for this round. gdx-ai leaves {@link Steerable} to the game (its tests'
 * {@code SteeringActor} wraps a scene2d actor); this is a plain 2D agent holding its state in fields, with the
 * orientation convention of gdx-ai's tests ({@code SteeringUtils}: angle 0 along +y, counter-clockwise). Annotated
 * {@code @Differentiable} on the class, as README "Objects" asks of a class whose read-only numbers (orientation,
 * limits) the user differentiates with respect to.
 */
@Differentiable
public class Agent2 implements Steerable<Vector2> {
  public Vector2 position;
  public Vector2 linearVelocity;
  public float orientation;
  public float angularVelocity;
  public float boundingRadius;
  public float maxLinearSpeed;
  public float maxLinearAcceleration;
  public float maxAngularSpeed;
  public float maxAngularAcceleration;
  public float zeroLinearSpeedThreshold = 0.001f;
  public boolean tagged;

  public Agent2() {
    this(new Vector2(), new Vector2());
  }

  public Agent2(Vector2 position, Vector2 linearVelocity) {
    this.position = position;
    this.linearVelocity = linearVelocity;
  }

  public Vector2 getPosition() { return position; }
  public float getOrientation() { return orientation; }
  public void setOrientation(float orientation) { this.orientation = orientation; }
  public float vectorToAngle(Vector2 vector) { return (float) Math.atan2(-vector.x, vector.y); }

  public Vector2 angleToVector(Vector2 outVector, float angle) {
    outVector.x = -(float) Math.sin(angle);
    outVector.y = (float) Math.cos(angle);
    return outVector;
  }

  public Location<Vector2> newLocation() { return new Agent2(); }
  public Vector2 getLinearVelocity() { return linearVelocity; }
  public float getAngularVelocity() { return angularVelocity; }
  public float getBoundingRadius() { return boundingRadius; }
  public boolean isTagged() { return tagged; }
  public void setTagged(boolean tagged) { this.tagged = tagged; }
  public float getZeroLinearSpeedThreshold() { return zeroLinearSpeedThreshold; }
  public void setZeroLinearSpeedThreshold(float value) { zeroLinearSpeedThreshold = value; }
  public float getMaxLinearSpeed() { return maxLinearSpeed; }
  public void setMaxLinearSpeed(float maxLinearSpeed) { this.maxLinearSpeed = maxLinearSpeed; }
  public float getMaxLinearAcceleration() { return maxLinearAcceleration; }
  public void setMaxLinearAcceleration(float maxLinearAcceleration) { this.maxLinearAcceleration = maxLinearAcceleration; }
  public float getMaxAngularSpeed() { return maxAngularSpeed; }
  public void setMaxAngularSpeed(float maxAngularSpeed) { this.maxAngularSpeed = maxAngularSpeed; }
  public float getMaxAngularAcceleration() { return maxAngularAcceleration; }
  public void setMaxAngularAcceleration(float maxAngularAcceleration) { this.maxAngularAcceleration = maxAngularAcceleration; }
}
