package org.ganworkbench.engine.data.digits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.data.ImageDataset;
import org.junit.jupiter.api.Test;

/**
 * The classes must be distinct (a GAN class demo is pointless if a 3 can pass for an 8) and varied
 * within (a GAN that copies one template per class should not be able to match the data).
 */
class DigitRecognisabilityTest {

    private static final int PIXELS = 28 * 28;

    @Test
    void nearestCentroidFittedOnOneSeedClassifiesAnotherSeed() {
        ImageDataset train = ProceduralDigits.generate(2000, 1001);
        ImageDataset test = ProceduralDigits.generate(1000, 2002);
        double[][] centroids = new double[10][PIXELS];
        int[] counts = new int[10];
        for (int i = 0; i < train.size(); i++) {
            int k = train.label(i);
            counts[k]++;
            for (int p = 0; p < PIXELS; p++) centroids[k][p] += train.rawValue(i, p);
        }
        for (int k = 0; k < 10; k++) {
            for (int p = 0; p < PIXELS; p++) centroids[k][p] /= counts[k];
        }
        int[] right = new int[10];
        int[] total = new int[10];
        for (int i = 0; i < test.size(); i++) {
            int truth = test.label(i);
            total[truth]++;
            if (nearest(centroids, test, i) == truth) right[truth]++;
        }
        int correct = 0;
        for (int k = 0; k < 10; k++) {
            correct += right[k];
            double recall = right[k] / (double) total[k];
            assertTrue(recall >= 0.75, "class " + k + " recognised only " + recall + " of the time");
        }
        double accuracy = correct / (double) test.size();
        assertTrue(accuracy >= 0.90, "nearest-centroid accuracy " + accuracy);
    }

    @Test
    void examplesOfOneClassVaryWellBeyondOneTemplate() {
        ImageDataset d = ProceduralDigits.generate(1000, 77);
        double within = 0;
        double between = 0;
        long withinPairs = 0;
        long betweenPairs = 0;
        for (int k = 0; k < 10; k++) {
            double classSum = 0;
            int classPairs = 0;
            for (int i = k; i < d.size(); i += 10) {
                for (int j = i + 10; j < d.size(); j += 10) {
                    classSum += rmsDistance(d, i, j);
                    classPairs++;
                }
                between += rmsDistance(d, i, (i + 1) % d.size());
                betweenPairs++;
            }
            double classMean = classSum / classPairs;
            // 0 for a single template; about 0.25 here, while two different digits differ by about 0.33.
            assertTrue(classMean > 0.15, "class " + k + " mean pairwise distance " + classMean);
            within += classSum;
            withinPairs += classPairs;
        }
        double meanWithin = within / withinPairs;
        double meanBetween = between / betweenPairs;
        assertTrue(meanWithin < 0.9 * meanBetween, "within " + meanWithin + " vs between " + meanBetween);
    }

    private static int nearest(double[][] centroids, ImageDataset d, int index) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < centroids.length; k++) {
            double s = 0;
            for (int p = 0; p < PIXELS; p++) {
                double e = d.rawValue(index, p) - centroids[k][p];
                s += e * e;
            }
            if (s < bestDistance) {
                bestDistance = s;
                best = k;
            }
        }
        return best;
    }

    /** Root-mean-square difference of two images, on a 0..1 scale. */
    private static double rmsDistance(ImageDataset d, int a, int b) {
        double s = 0;
        for (int p = 0; p < PIXELS; p++) {
            double e = (d.rawValue(a, p) - d.rawValue(b, p)) / 255.0;
            s += e * e;
        }
        return Math.sqrt(s / PIXELS);
    }
}
