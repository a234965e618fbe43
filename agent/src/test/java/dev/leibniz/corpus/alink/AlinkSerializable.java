/*
 * Real-code corpus stand-in (test code only, see ../README.md) for Alink's
 *   com.alibaba.alink.common.utils.AlinkSerializable (alibaba/Alink, Apache-2.0): the same empty marker interface.
 */
package dev.leibniz.corpus.alink;

public interface AlinkSerializable {
}
