package org.ganworkbench.engine.style;

/**
 * The losses of one iteration, before its update, unweighted, and the weighted total that was
 * minimised: total = content weight * content + style weight * style + variation weight * variation.
 */
public record StyleMetrics(long iteration, double content, double style, double variation, double total,
                           double millis) {

    public boolean finite() {
        return Double.isFinite(total) && Double.isFinite(content) && Double.isFinite(style) && Double.isFinite(variation);
    }
}
