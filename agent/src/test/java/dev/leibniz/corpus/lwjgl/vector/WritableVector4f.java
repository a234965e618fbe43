/*
 * Real-code corpus entry (test code only, see ../../README.md).
 * Source: LWJGL/lwjgl (GitHub, LWJGL 2, commit 2df01dd762e20ca0871edb75daf670ccacc89b60),
 * src/java/org/lwjgl/util/vector/WritableVector4f.java
 * Licence: BSD 3-clause ("Copyright (c) 2002-2008 LWJGL Project. All rights reserved. Redistribution and use in source
 * and binary forms, with or without modification, are permitted provided that the following conditions are met:
 * Redistributions of source code must retain the above copyright notice, this list of conditions and the following
 * disclaimer. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the
 * following disclaimer in the documentation and/or other materials provided with the distribution. Neither the name of
 * 'LWJGL' nor the names of its contributors may be used to endorse or promote products derived from this software
 * without specific prior written permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES ... ARE DISCLAIMED.")
 * Copied: the whole class (used by the entries of this package).
 * Changes: package; the licence block shortened to this header.
 */
package dev.leibniz.corpus.lwjgl.vector;

/**
 * Writable interface to Vector4fs
 * @author $author$
 * @version $revision$
 * $Id$
 */
public interface WritableVector4f extends WritableVector3f {

	/**
	 * Set the W value
	 * @param w
	 */
	void setW(float w);

	/**
	 * Set the X,Y,Z,W values
	 * @param x
   * @param y
   * @param z
   * @param w
	 */
	void set(float x, float y, float z, float w);

}