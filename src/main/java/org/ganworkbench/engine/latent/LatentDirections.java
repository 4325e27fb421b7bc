package org.ganworkbench.engine.latent;

/**
 * Directions in latent space, for sliders.
 *
 * @param directions k unit vectors of the latent size, orthonormal, most important first
 * @param variances  how much of the generator's feature variance each direction carries (descending)
 * @param labels     one short name per direction, e.g. "PC1" or "z[7]"
 */
public record LatentDirections(float[][] directions, double[] variances, String[] labels) {

    public int count() {
        return directions.length;
    }

    /** The latent dimensions themselves, as directions (slider set (a)). */
    public static LatentDirections axes(int latentSize, int[] dims) {
        float[][] dirs = new float[dims.length][];
        String[] labels = new String[dims.length];
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0 || dims[i] >= latentSize) {
                throw new IllegalArgumentException("latent dimension " + dims[i] + " is outside 0.." + (latentSize - 1));
            }
            dirs[i] = LatentGrid.axis(latentSize, dims[i]);
            labels[i] = "z[" + dims[i] + "]";
        }
        return new LatentDirections(dirs, new double[dims.length], labels);
    }

    /** z + sum_i amounts[i] * direction_i. */
    public float[] apply(float[] z, double[] amounts) {
        float[] out = z.clone();
        for (int i = 0; i < directions.length && i < amounts.length; i++) {
            for (int j = 0; j < out.length; j++) out[j] += (float) (amounts[i] * directions[i][j]);
        }
        return out;
    }
}
