/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: stephengold/jbullet (GitHub, commit 1fc850e43bee4e917a5cbdc6bf39b735e1ee658f),
 * src/com/bulletphysics/linearmath/Transform.java
 * Licence: zlib (the file's notice: "Java port of Bullet (c) 2008 Martin Dvorak <jezek2@advel.cz>. Bullet Continuous
 * Collision Detection and Physics Library Copyright (c) 2003-2008 Erwin Coumans http://www.bulletphysics.com/ This software is
 * provided 'as-is', without any express or implied warranty. In no event will the authors be held liable for any damages arising
 * from the use of this software. Permission is granted to anyone to use this software for any purpose, including commercial
 * applications, and to alter it and redistribute it freely, subject to the following restrictions: 1. The origin of this
 * software must not be misrepresented; you must not claim that you wrote the original software. If you use this software in a
 * product, an acknowledgment in the product documentation would be appreciated but is not required. 2. Altered source versions
 * must be plainly marked as such, and must not be misrepresented as being the original software. 3. This notice may not be
 * removed or altered from any source distribution."), kept below as in the original.
 * This is an altered version, marked as such here.
 * Copied: the whole class but the members named below (entries marked @Differentiable).
 * Changes: package dev.leibniz.corpus.jbullet (the original's com.bulletphysics packages flattened into one, so imports of them removed); javax.vecmath is Kenji Hiranabe's implementation copied in ../vecmath (JBullet builds against the Java 3D vecmath jar, the same API); each cz.advel.stack.Stack.alloc(X.class) is new X() and each Stack.alloc(x) is new X(x) (JStackAlloc's build step rewrites these calls into a thread-local stack of reused objects; without it they throw; a fresh object is what the call returns to the method), and the @StaticAlloc marker of that build step removed; removed the constructor Transform(Matrix4f) and set(Matrix4f), getMatrix(Matrix4f) (Matrix4f not copied) and the javadoc link to UniformScalingShape (not copied); @Differentiable added to each entry method.
 */

/*
 * Java port of Bullet (c) 2008 Martin Dvorak <jezek2@advel.cz>
 *
 * Bullet Continuous Collision Detection and Physics Library
 * Copyright (c) 2003-2008 Erwin Coumans  http://www.bulletphysics.com/
 *
 * This software is provided 'as-is', without any express or implied warranty.
 * In no event will the authors be held liable for any damages arising from
 * the use of this software.
 * 
 * Permission is granted to anyone to use this software for any purpose, 
 * including commercial applications, and to alter it and redistribute it
 * freely, subject to the following restrictions:
 * 
 * 1. The origin of this software must not be misrepresented; you must not
 *    claim that you wrote the original software. If you use this software
 *    in a product, an acknowledgment in the product documentation would be
 *    appreciated but is not required.
 * 2. Altered source versions must be plainly marked as such, and must not be
 *    misrepresented as being the original software.
 * 3. This notice may not be removed or altered from any source distribution.
 */

package dev.leibniz.corpus.jbullet;

import dev.leibniz.Differentiable;

import dev.leibniz.corpus.vecmath.Matrix3f;
import dev.leibniz.corpus.vecmath.Quat4f;
import dev.leibniz.corpus.vecmath.Vector3f;

/**
 * Transform represents translation and rotation (rigid transform). Scaling and
 * shearing is not supported.<p>
 * 
 * You can use local shape scaling or UniformScalingShape for static rescaling
 * of collision objects.
 * 
 * @author jezek2
 */
public class Transform {
	
	//protected BulletStack stack;

	/** Rotation matrix of this Transform. */
	public final Matrix3f basis = new Matrix3f();
	
	/** Translation vector of this Transform. */
	public final Vector3f origin = new Vector3f();

	public Transform() {
	}

	public Transform(Matrix3f mat) {
		basis.set(mat);
	}


	public Transform(Transform tr) {
		set(tr);
	}
	
	public void set(Transform tr) {
		basis.set(tr.basis);
		origin.set(tr.origin);
	}
	
	public void set(Matrix3f mat) {
		basis.set(mat);
		origin.set(0f, 0f, 0f);
	}

	
	@Differentiable
	public void transform(Vector3f v) {
		basis.transform(v);
		v.add(origin);
	}

	public void setIdentity() {
		basis.setIdentity();
		origin.set(0f, 0f, 0f);
	}
	
	@Differentiable
	public void inverse() {
		basis.transpose();
		origin.scale(-1f);
		basis.transform(origin);
	}

	public void inverse(Transform tr) {
		set(tr);
		inverse();
	}
	
	public void mul(Transform tr) {
		Vector3f vec = new Vector3f(tr.origin);
		transform(vec);

		basis.mul(tr.basis);
		origin.set(vec);
	}

	@Differentiable
	public void mul(Transform tr1, Transform tr2) {
		Vector3f vec = new Vector3f(tr2.origin);
		tr1.transform(vec);

		basis.mul(tr1.basis, tr2.basis);
		origin.set(vec);
	}
	
	@Differentiable
	public void invXform(Vector3f inVec, Vector3f out) {
		out.sub(inVec, origin);

		Matrix3f mat = new Matrix3f(basis);
		mat.transpose();
		mat.transform(out);
	}
	
	@Differentiable
	public Quat4f getRotation(Quat4f out) {
		MatrixUtil.getRotation(basis, out);
		return out;
	}
	
	public void setRotation(Quat4f q) {
		MatrixUtil.setRotation(basis, q);
	}
	
	public void setFromOpenGLMatrix(float[] m) {
		MatrixUtil.setFromOpenGLSubMatrix(basis, m);
		origin.set(m[12], m[13], m[14]);
	}

	@Differentiable
	public void getOpenGLMatrix(float[] m) {
		MatrixUtil.getOpenGLSubMatrix(basis, m);
		m[12] = origin.x;
		m[13] = origin.y;
		m[14] = origin.z;
		m[15] = 1f;
	}


	@Override
	public boolean equals(Object obj) {
		if (obj == null || !(obj instanceof Transform)) return false;
		Transform tr = (Transform)obj;
		return basis.equals(tr.basis) && origin.equals(tr.origin);
	}

	@Override
	public int hashCode() {
		int hash = 3;
		hash = 41 * hash + basis.hashCode();
		hash = 41 * hash + origin.hashCode();
		return hash;
	}
	
}
