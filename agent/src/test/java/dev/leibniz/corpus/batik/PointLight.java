package dev.leibniz.corpus.batik;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Apache XML Graphics Batik (apache/xmlgraphics-batik on GitHub, commit 94cd2d27358cc0ab3d526c5edd00f0166c569c4b),
 * batik-awt-util/src/main/java/org/apache/batik/ext/awt/image/PointLight.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: the whole class (entry: getLight(x, y, z, L): the unit vector from the surface point to the light,
 * written into L, guarded by norm > 0; the light's position in fields set by the constructor).
 * Changes: package; licence header shortened to this header; @Differentiable added to the entry method.
 */

import dev.leibniz.Differentiable;

import java.awt.Color;

/**
 * A light source which emits a light of constant intensity in all directions.
 *
 * @author <a href="mailto:vincent.hardy@eng.sun.com">Vincent Hardy</a>
 * @version $Id$
 */
public class PointLight extends AbstractLight {
    /**
     * The light position, in user space
     */
    private double lightX, lightY, lightZ;

    /**
     * @return the light's x position
     */
    public double getLightX(){
        return lightX;
    }

    /**
     * @return the light's y position
     */
    public double getLightY(){
        return lightY;
    }

    /**
     * @return the light's z position
     */
    public double getLightZ(){
        return lightZ;
    }

    public PointLight(double lightX, double lightY, double lightZ,
                      Color lightColor){
        super(lightColor);
        this.lightX = lightX;
        this.lightY = lightY;
        this.lightZ = lightZ;
    }

    /**
     * @return true if the light is constant over the whole surface
     */
    public boolean isConstant(){
        return false;
    }

    /**
     * Computes the light vector in (x, y, z)
     *
     * @param x x-axis coordinate where the light should be computed
     * @param y y-axis coordinate where the light should be computed
     * @param z z-axis coordinate where the light should be computed
     * @param L array of length 3 where the result is stored
     */
    @Differentiable
    public final void getLight(final double x, final double y, final double z,
                               final double[] L){

        double L0 = lightX - x;
        double L1 = lightY - y;
        double L2 = lightZ - z;

        final double norm = Math.sqrt( L0*L0 + L1*L1 + L2*L2 );

        if(norm > 0){
            final double invNorm = 1.0/norm;
            L0 *= invNorm;
            L1 *= invNorm;
            L2 *= invNorm;
        }

        // copy the work-variables into return-array
        L[ 0 ] = L0;
        L[ 1 ] = L1;
        L[ 2 ] = L2;
    }
}

