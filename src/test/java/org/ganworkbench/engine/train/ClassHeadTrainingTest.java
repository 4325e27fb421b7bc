package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.config.Conditioning;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.OptimizerKind;
import org.ganworkbench.engine.config.OptimizerSpec;
import org.ganworkbench.engine.data.BatchSource;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.loss.ClassLoss;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * AC-GAN's class term in the training step, on a small conditional MLP over the procedural
 * digits: D's class head learns the real images' classes only when the class weight is on, and
 * the class term's part of G's update is exactly the gradient of D's class loss on G's images.
 */
@Tag("slow")
class ClassHeadTrainingTest {

    private static final int N = 64;

    @Test
    void dsClassHeadLearnsTheRealClassesOnlyWithTheClassTermOn() {
        GanConfig on = config(1.0);
        Dataset data = Datasets.open(on.data());
        double withTerm = realAccuracyAfterDUpdates(on, data, 150);
        double without = realAccuracyAfterDUpdates(config(0.0), data, 150);
        assertTrue(withTerm > 0.6, "D's class head names " + withTerm + " of real digits (chance 0.1)");
        assertTrue(without < 0.35, "with the class weight at 0 the head should not learn: " + without);
    }

    /**
     * G's update with the class term on, minus the same update with it off (plain SGD, so an update
     * is -lr times the gradient), is the gradient of weight x D's class loss on G's images with the
     * labels asked for: checked along a random direction against a finite difference.
     */
    @Test
    void gsClassGradientIsTheGradientOfDsClassLossOnItsImages() {
        double lr = 0.01;
        double weight = 2.0;
        GanConfig config = config(weight).withOptimizerG(OptimizerSpec.adam(lr).withKind(OptimizerKind.SGD).withMomentum(0));
        Dataset data = Datasets.open(config.data());
        GanModel model = GanModel.create(config, data.shape(), data.classNames());
        Trainer trainer = new Trainer(model, data, new TrainingCounters());
        for (int i = 0; i < 40; i++) assertTrue(trainer.step(StepKind.D_ONLY, config).ok()); // a head with opinions

        GanLoss loss = GanLoss.of(config.loss());
        long seed = config.training().seed();
        DiscriminatorStep dStep = new DiscriminatorStep(model, loss, new BatchSource(data, seed, 0), seed);
        GeneratorStep gStep = new GeneratorStep(model, loss, seed, dStep);
        TrainableNetwork g = model.generator();
        TrainableNetwork.State before = g.copyState();
        INDArray withTerm = update(gStep, g, before, config);
        INDArray without = update(gStep, g, before, config.withTricks(config.tricks().withClassWeight(0)));
        INDArray classGradient = without.sub(withTerm).divi(lr);                   // theta_off - theta_on = lr * grad_class

        // the batch G's update 0 used: its z and its labels
        int n = config.training().batchSize();
        float[] z = model.prior().sample(RandomStreams.LATENT_G.at(seed, 0), n);
        int[] labels = dStep.fakeLabels(RandomStreams.LABELS_G, 0, n);
        Nd4j.getRandom().setSeed(5);
        INDArray direction = Nd4j.rand(DataType.FLOAT, classGradient.shape()).subi(0.5);
        double h = 1e-2;
        g.params().assign(before.params().add(direction.mul(h)));
        double plus = weight * classLoss(model, z, labels);
        g.params().assign(before.params().sub(direction.mul(h)));
        double minus = weight * classLoss(model, z, labels);
        g.params().assign(before.params());
        double numeric = (plus - minus) / (2 * h);
        double analytic = classGradient.mul(direction).sumNumber().doubleValue();
        assertTrue(Math.abs(analytic) > 1e-3, "the class term moves G: " + analytic);
        assertEquals(numeric, analytic, 0.03 * Math.abs(numeric), "directional derivative of the class loss");
    }

    /** G's parameters after one SGD update from {@code start} (then put back). */
    private static INDArray update(GeneratorStep gStep, TrainableNetwork g, TrainableNetwork.State start, GanConfig live) {
        g.restoreState(start);
        assertTrue(gStep.run(live, 0, 0.0).problem().isEmpty());
        INDArray after = g.params().dup();
        g.restoreState(start);
        return after;
    }

    /** D's class loss on G's images of z with these labels, in training mode, as G's update sees them. */
    private static double classLoss(GanModel model, float[] z, int[] labels) {
        INDArray fake = model.generator().forward(model.generatorInput(z, labels, labels.length));
        return ClassLoss.crossEntropy(logits(model, fake, labels, true).dup('c').data().asFloat(), labels, 10, 1.0).value();
    }

    private static double realAccuracyAfterDUpdates(GanConfig config, Dataset data, int updates) {
        GanModel model = GanModel.create(config, data.shape(), data.classNames());
        Trainer trainer = new Trainer(model, data, new TrainingCounters());
        for (int i = 0; i < updates; i++) assertTrue(trainer.step(StepKind.D_ONLY, config).ok());
        int size = data.shape().size();
        int[] labels = new int[N];
        float[] pixels = new float[N * size];
        for (int i = 0; i < N; i++) {
            labels[i] = data.label(i);
            data.copyExample(i, pixels, i * size);
        }
        INDArray logits = logits(model, model.examples(pixels, N), labels, false);
        int right = 0;
        for (int i = 0; i < N; i++) if (logits.getRow(i).argMax().getInt(0) == labels[i]) right++;
        return right / (double) N;
    }

    /** D's class logits for these examples and labels (a copy). */
    private static INDArray logits(GanModel model, INDArray examples, int[] labels, boolean training) {
        TrainableNetwork d = model.discriminator();
        d.predict(model.discriminatorInput().prepare(examples, labels), training);
        return d.classHead().orElseThrow().classLogits().dup();
    }

    private static GanConfig config(double classWeight) {
        GanConfig c = ConditionalConfigs.tinyMlp();
        c = c.withModel(c.model().withConditioning(Conditioning.PROJECTION_CLASSIFIER));
        return c.withTricks(c.tricks().withClassWeight(classWeight));
    }
}
