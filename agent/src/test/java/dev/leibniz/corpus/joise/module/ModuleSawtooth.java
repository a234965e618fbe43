/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: SudoPlayGames/Joise (GitHub, commit 238bff1573ba9092938273584e6ad6ed6fbf1a3b),
 * src/main/java/com/sudoplay/joise/module/ModuleSawtooth.java
 * Licence: Apache License 2.0, with the zlib-style notice of the Accidental Noise Library it derives from (the file's
 * notice below; the repository's LICENSE holds both).
 * Copied: the whole file (the library is copied whole: its classes refer to each other throughout).
 * Changes: package com.sudoplay.joise renamed dev.leibniz.corpus.joise (sub-packages kept; imports renamed alike);
 * @Differentiable (with its import) added to the entry methods only (see TwentyEighthRound).
 */
/*
 * Copyright (C) 2016 Jason Taylor.
 * Released as open-source under the Apache License, Version 2.0.
 * 
 * ============================================================================
 * | Joise
 * ============================================================================
 * 
 * Copyright (C) 2016 Jason Taylor
 * 
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 * 
 *      http://www.apache.org/licenses/LICENSE-2.0
 * 
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 * 
 * ============================================================================
 * | Accidental Noise Library
 * | --------------------------------------------------------------------------
 * | Joise is a derivative work based on Josua Tippetts' C++ library:
 * | http://accidentalnoise.sourceforge.net/index.html
 * ============================================================================
 * 
 * Copyright (C) 2011 Joshua Tippetts
 * 
 *   This software is provided 'as-is', without any express or implied
 *   warranty.  In no event will the authors be held liable for any damages
 *   arising from the use of this software.
 * 
 *   Permission is granted to anyone to use this software for any purpose,
 *   including commercial applications, and to alter it and redistribute it
 *   freely, subject to the following restrictions:
 * 
 *   1. The origin of this software must not be misrepresented; you must not
 *      claim that you wrote the original software. If you use this software
 *      in a product, an acknowledgment in the product documentation would be
 *      appreciated but is not required.
 *   2. Altered source versions must be plainly marked as such, and must not be
 *      misrepresented as being the original software.
 *   3. This notice may not be removed or altered from any source distribution.
 */

package dev.leibniz.corpus.joise.module;

import dev.leibniz.Differentiable;

import dev.leibniz.corpus.joise.ModuleInstanceMap;
import dev.leibniz.corpus.joise.ModuleMap;
import dev.leibniz.corpus.joise.ModulePropertyMap;

public class ModuleSawtooth extends
    SourcedModule {

  private ScalarParameter period = new ScalarParameter(0);

  public void setPeriod(double p) {
    this.period.set(p);
  }

  @SuppressWarnings("unused")
  public void setPeriod(Module p) {
    this.period.set(p);
  }

  @SuppressWarnings("unused")
  public void setPeriod(ScalarParameter scalarParameter) {
    this.period.set(scalarParameter);
  }

  @Override
  public double get(double x, double y) {
    double val = this.source.get(x, y) / this.period.get(x, y);
    return 2.0 * (val - Math.floor(0.5 + val));
  }

  @Override
  @Differentiable
  public double get(double x, double y, double z) {
    double val = this.source.get(x, y, z) / this.period.get(x, y, z);
    return 2.0 * (val - Math.floor(0.5 + val));
  }

  @Override
  public double get(double x, double y, double z, double w) {
    double val = this.source.get(x, y, z, w) / this.period.get(x, y, z, w);
    return 2.0 * (val - Math.floor(0.5 + val));
  }

  @Override
  public double get(double x, double y, double z, double w, double u, double v) {
    double val = this.source.get(x, y, z, w, u, v) / this.period.get(x, y, z, w, u, v);
    return 2.0 * (val - Math.floor(0.5 + val));
  }

  @Override
  public void setSeed(String seedName, long seed) {
    super.setSeed(seedName, seed);
    this.period.setSeed(seedName, seed);
  }

  @Override
  public void writeToMap(ModuleMap moduleMap) {
    ModulePropertyMap modulePropertyMap = new ModulePropertyMap(this);
    modulePropertyMap
        .writeScalar("period", this.period, moduleMap)
        .writeScalar("source", this.source, moduleMap);
    moduleMap.put(this.getId(), modulePropertyMap);
  }

  @Override
  public Module buildFromPropertyMap(ModulePropertyMap modulePropertyMap, ModuleInstanceMap moduleInstanceMap) {
    this.setPeriod(modulePropertyMap.readScalar("period", moduleInstanceMap));
    this.setSource(modulePropertyMap.readScalar("source", moduleInstanceMap));
    return this;
  }

}
