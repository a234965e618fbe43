package dev.leibniz.corpus.gdxai;

import dev.leibniz.Differentiable;

/**
 * Not copied: the user's side of gdx-ai, written for this round. gdx-ai leaves {@link Steerable} to the game (its bullet tests'
 * {@code SteeringBulletEntity} wraps a rigid body); this is a plain 3D agent on the ground plane holding its state in fields, with the
 * orientation convention of those tests (a rotation about y: angle 0 along +x, z = -sin). Annotated
 * {@code @Differentiable} on the class, as README "Objects" asks of a class whose read-only numbers (orientation,
 * limits) the user differentiates with respect to.
 */
@Differentiable
public class Agent3 implements Steerable<Vector3> {
  public Vector3 position;
  public Vector3 linearVelocity;
  public float orientation;
  public float angularVelocity;
  public float boundingRadius;
  public float maxLinearSpeed;
  public float maxLinearAcceleration;
  public float maxAngularSpeed;
  public float maxAngularAcceleration;
  public float zeroLinearSpeedThreshold = 0.001f;
  public boolean tagged;

  public Agent3() {
    this(new Vector3(), new Vector3());
  }

  public Agent3(Vector3 position, Vector3 linearVelocity) {
    this.position = position;
    this.linearVelocity = linearVelocity;
  }

  public Vector3 getPosition() { return position; }
  public float getOrientation() { return orientation; }
  public void setOrientation(float orientation) { this.orientation = orientation; }
  public float vectorToAngle(Vector3 vector) { return (float) Math.atan2(-vector.z, vector.x); }

  public Vector3 angleToVector(Vector3 outVector, float angle) {
    outVector.z = -(float) Math.sin(angle);
    outVector.y = 0;
    outVector.x = (float) Math.cos(angle);
    return outVector;
  }

  public Location<Vector3> newLocation() { return new Agent3(); }
  public Vector3 getLinearVelocity() { return linearVelocity; }
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
