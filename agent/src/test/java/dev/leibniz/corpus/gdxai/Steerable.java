package dev.leibniz.corpus.gdxai;

/*
 * Real-code corpus code (test code only, see ../README.md).
 * Source: gdx-ai 1.8.2 (libgdx/gdx-ai on GitHub), com.badlogicgames.gdx:gdx-ai:1.8.2 sources jar (Maven Central),
 * com/badlogic/gdx/ai/steer/Steerable.java
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



/** A {@code Steerable} is a {@link Location} that gives access to the character's data required by steering system.
 * <p>
 * Notice that there is nothing to connect the direction that a Steerable is moving and the direction it is facing. For
 * instance, a character can be oriented along the x-axis but be traveling directly along the y-axis.
 * 
 * @param <T> Type of vector, either 2D or 3D, implementing the {@link Vector} interface
 * 
 * @author davebaol */
public interface Steerable<T extends Vector<T>> extends Location<T>, Limiter {

	/** Returns the vector indicating the linear velocity of this Steerable. */
	public T getLinearVelocity ();

	/** Returns the float value indicating the the angular velocity in radians of this Steerable. */
	public float getAngularVelocity ();

	/** Returns the bounding radius of this Steerable. */
	public float getBoundingRadius ();

	/** Returns {@code true} if this Steerable is tagged; {@code false} otherwise. */
	public boolean isTagged ();

	/** Tag/untag this Steerable. This is a generic flag utilized in a variety of ways.
	 * @param tagged the boolean value to set */
	public void setTagged (boolean tagged);

}
