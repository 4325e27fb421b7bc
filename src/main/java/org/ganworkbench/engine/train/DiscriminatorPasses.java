package org.ganworkbench.engine.train;

import java.util.Arrays;
import java.util.Optional;
import org.ganworkbench.engine.loss.ClassLoss;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.loss.LossTerm;
import org.ganworkbench.engine.model.FloatArrays;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.ganworkbench.engine.model.nn.ClassHead;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * D's passes of one D update: its scores on the real and the fake batch, and the gradient of
 * loss_D = loss(D(x), real) + loss(D(G(z)), fake) for its parameters, left in D. How the batches
 * go through D is this class's business, so the step has one loss path:
 * <ul>
 *   <li>D has batch norm: real and fake as separate batches, so neither sees the other's
 *       statistics (ganhacks #4); each is backpropagated after its own pass and the gradients are
 *       summed. This is the order of pytorch/examples' dcgan, and the running statistics see real
 *       then fake.</li>
 *   <li>otherwise: one pass over [real; fake], which is the same arithmetic as two passes with
 *       summed gradients (StackedBatchTest) at half the calls.</li>
 * </ul>
 */
final class DiscriminatorPasses {

    /**
     * D's raw scores on each batch (m each: n examples, or n / packing packs), the loss's two terms,
     * and AC-GAN's class term on the real batch (null without a class head).
     */
    record Scored(float[] real, float[] fake, LossTerm realTerm, LossTerm fakeTerm, LossTerm classTerm) {

        /** loss_D as the charts show it: the real term plus the fake term (the adversarial loss, without the class term). */
        double loss() {
            return realTerm.value() + fakeTerm.value();
        }
    }

    private final TrainableNetwork d;
    /** [real; fake], reused from update to update while its shape holds. */
    private INDArray pair;

    DiscriminatorPasses(TrainableNetwork d) {
        this.d = d;
    }

    /**
     * Scores both batches (D's inputs, m rows each) and leaves loss_D's gradient in D; the real
     * term uses the label smoothing. The batches' packs were made per batch beforehand, so stacking
     * them changes nothing (a D whose output mixes the batch, as batch norm or the batch-std layer
     * do, takes the separate passes). With a class head, D also learns to name the real images'
     * classes ({@code realLabels}), not the fakes' (the original AC-GAN teaches both; on
     * Fashion-MNIST that left the worst class at 42% of samples judged as asked, against 85% with
     * the reals only, class weight 3, seed 1: a D that learns G's classes can agree with G on
     * drawings no real garment looks like).
     */
    Scored scores(INDArray real, int[] realLabels, INDArray fake, GanLoss loss, double labelSmoothing, double classWeight,
                  StepArrays temp) {
        if (d.mixesBatch()) {
            float[] realScores = d.forward(real).toFloatVector();                 // m
            LossTerm realTerm = loss.discriminatorReal(realScores, labelSmoothing);
            LossTerm classTerm = teachClasses(realLabels, realScores.length, classWeight, temp);
            d.backwardParameters(temp.column(realTerm.gradient()));
            d.stashGradient();
            float[] fakeScores = d.forward(fake).toFloatVector();                 // m
            LossTerm fakeTerm = loss.discriminatorFake(fakeScores);
            d.backwardParameters(temp.column(fakeTerm.gradient()));
            d.addStashedGradient();
            return new Scored(realScores, fakeScores, realTerm, fakeTerm, classTerm);
        }
        int m = (int) real.size(0);
        float[] both = d.forward(stack(real, fake)).toFloatVector();              // 2m: real, then fake
        float[] realScores = Arrays.copyOfRange(both, 0, m);
        float[] fakeScores = Arrays.copyOfRange(both, m, 2 * m);
        LossTerm realTerm = loss.discriminatorReal(realScores, labelSmoothing);
        LossTerm fakeTerm = loss.discriminatorFake(fakeScores);
        LossTerm classTerm = teachClasses(realLabels, 2 * m, classWeight, temp);
        d.backwardParameters(temp.column(concat(realTerm.gradient(), fakeTerm.gradient())));
        return new Scored(realScores, fakeScores, realTerm, fakeTerm, classTerm);
    }

    /**
     * The class term on the real rows (the first {@code realLabels.length} of the last pass's
     * {@code rows}), handed to D's class head for the backward pass that follows; null without one.
     */
    private LossTerm teachClasses(int[] realLabels, int rows, double weight, StepArrays temp) {
        Optional<ClassHead> head = d.classHead();
        if (head.isEmpty() || realLabels == null) return null;
        int k = head.get().classes();
        int m = realLabels.length;
        float[] logits = temp.own(head.get().classLogits().get(NDArrayIndex.interval(0, m), NDArrayIndex.all())
                .dup('c')).data().asFloat();                                      // m x k, real rows
        LossTerm term = ClassLoss.crossEntropy(logits, realLabels, k, weight);
        float[] gradient = Arrays.copyOf(term.gradient(), rows * k);               // the fake rows learn nothing
        head.get().setClassGradient(temp.own(FloatArrays.of(gradient, rows, k)));
        return term;
    }

    /** [real; fake] along the batch dimension: 2m x D's input, in the reused array. */
    private INDArray stack(INDArray real, INDArray fake) {
        long m = real.size(0);
        long[] shape = real.shape().clone();
        shape[0] = 2 * m;
        if (pair == null || !Arrays.equals(pair.shape(), shape)) pair = Nd4j.create(real.dataType(), shape, 'c');
        pair.get(NDArrayIndex.interval(0, m)).assign(real);
        pair.get(NDArrayIndex.interval(m, 2 * m)).assign(fake);
        return pair;
    }

    private static float[] concat(float[] first, float[] second) {
        float[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
