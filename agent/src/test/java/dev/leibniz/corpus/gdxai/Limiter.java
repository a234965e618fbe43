package dev.leibniz.corpus.gdxai;

/*
 * Real-code corpus code (test code only, see ../README.md).
 * Source: gdx-ai 1.8.2 (libgdx/gdx-ai on GitHub), com.badlogicgames.gdx:gdx-ai:1.8.2 sources jar (Maven Central),
 * com/badlogic/gdx/ai/steer/Limiter.java
 * Licence: Apache License 2.0 (the file's own header below; the POM: "The Apache Software License, Version 2.0"; the
 * licence text is copied to LICENSE-APACHE-2.0.txt beside this file).
 * Copied whole. Changes: package dev.leibniz.corpus.gdxai (the original's com.badlogic.gdx.ai...), its imports of
 * gdx-ai and libGDX classes dropped (the copies are in this package); not an entry.
 */
/*******************************************************************************
 * Copyright 2014 See AUTHORS file.
 * 
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 * 
 *   http://www.apache.org/licenses/LICENSE-2.0
 * 
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 ******************************************************************************/


/** A {@code Limiter} provides the maximum magnitudes of speed and acceleration for both linear and angular components.
 * 
 * @author davebaol */
public interface Limiter {

	/** Returns the threshold below which the linear speed can be considered zero. It must be a small positive value near to zero.
	 * Usually it is used to avoid updating the orientation when the velocity vector has a negligible length. */
	public float getZeroLinearSpeedThreshold ();

	/** Sets the threshold below which the linear speed can be considered zero. It must be a small positive value near to zero.
	 * Usually it is used to avoid updating the orientation when the velocity vector has a negligible length. */
	public void setZeroLinearSpeedThreshold (float value);

	/** Returns the maximum linear speed. */
	public float getMaxLinearSpeed ();

	/** Sets the maximum linear speed. */
	public void setMaxLinearSpeed (float maxLinearSpeed);

	/** Returns the maximum linear acceleration. */
	public float getMaxLinearAcceleration ();

	/** Sets the maximum linear acceleration. */
	public void setMaxLinearAcceleration (float maxLinearAcceleration);

	/** Returns the maximum angular speed. */
	public float getMaxAngularSpeed ();

	/** Sets the maximum angular speed. */
	public void setMaxAngularSpeed (float maxAngularSpeed);

	/** Returns the maximum angular acceleration. */
	public float getMaxAngularAcceleration ();

	/** Sets the maximum angular acceleration. */
	public void setMaxAngularAcceleration (float maxAngularAcceleration);
}
