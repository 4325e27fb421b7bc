package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ganworkbench.engine.bench.BenchModel;
import org.ganworkbench.engine.model.GanModel;
import org.junit.jupiter.api.Test;

class ThreadPolicyTest {

    @Test
    void countsTheMultiplyAddsOfAStep() {
        // forward multiply-adds per example x batch x 6 passes (docs/performance.md)
        assertEquals(0.10e9, ThreadPolicy.stepMultiplyAdds(model(BenchModel.TOY2D)), 0.01e9);
        assertEquals(0.77e9, ThreadPolicy.stepMultiplyAdds(model(BenchModel.MLP)), 0.01e9);
        assertEquals(5.33e9, ThreadPolicy.stepMultiplyAdds(model(BenchModel.DCGAN28)), 0.01e9);
    }

    @Test
    void aboutOneThreadPerBillionMultiplyAdds() {
        assertEquals(1, ThreadPolicy.threadsFor(0.10e9, 2), "toy 2D GAN");
        assertEquals(1, ThreadPolicy.threadsFor(0.77e9, 2), "MLP");
        assertEquals(2, ThreadPolicy.threadsFor(5.33e9, 2), "DCGAN");
        assertEquals(1, ThreadPolicy.threadsFor(0.77e9, 16), "MLP on 16 cores");
        assertEquals(6, ThreadPolicy.threadsFor(5.33e9, 16), "DCGAN on 16 cores");
        assertEquals(1, ThreadPolicy.threadsFor(5.33e9, 1), "one core");
    }

    private static GanModel model(BenchModel m) {
        return GanModel.create(m.config(m.defaultBatch()), m.dataset(m.defaultBatch()).shape());
    }
}
