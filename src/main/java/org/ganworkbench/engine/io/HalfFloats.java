package org.ganworkbench.engine.io;

/**
 * IEEE 754 half precision (float16) to and from float, for compact sessions; Java 17 has no
 * Float.floatToFloat16. Rounds to nearest, ties to even, like NumPy's astype('<f2').
 */
final class HalfFloats {

    private HalfFloats() {
    }

    static float toFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0x1f) return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13)); // inf, NaN
        if (exponent == 0) {
            float value = mantissa * 0x1p-24f; // subnormal (or zero): mantissa x 2^-24
            return sign == 0 ? value : -value;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    static short fromFloat(float value) {
        int f = Float.floatToRawIntBits(value);
        int sign = (f >>> 16) & 0x8000;
        int exponent = (f >>> 23) & 0xff;
        int mantissa = f & 0x7fffff;
        if (exponent == 0xff) return (short) (sign | 0x7c00 | (mantissa != 0 ? 0x200 : 0)); // inf, NaN
        int e = exponent - 112; // re-biased for float16
        if (e >= 0x1f) return (short) (sign | 0x7c00); // too large: infinity
        if (e <= 0) {
            if (e < -10) return (short) sign; // below half of the smallest subnormal: zero
            int m = mantissa | 0x800000; // the implicit leading 1
            int shift = 14 - e;
            int half = m >>> shift;
            int rest = m & ((1 << shift) - 1);
            int midpoint = 1 << (shift - 1);
            if (rest > midpoint || (rest == midpoint && (half & 1) == 1)) half++;
            return (short) (sign | half);
        }
        int half = (e << 10) | (mantissa >>> 13);
        int rest = mantissa & 0x1fff;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) == 1)) half++; // may carry into the exponent: correct
        return (short) (sign | half);
    }
}
