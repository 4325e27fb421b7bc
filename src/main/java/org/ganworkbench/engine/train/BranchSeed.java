package org.ganworkbench.engine.train;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.model.GanModel;

/**
 * What a branch starts from: a copy of its parent at one checkpoint, taken on the parent's engine
 * thread so that the branch owns every array it holds (the parent may thin or rewind its own
 * checkpoints meanwhile). The branch's own thread turns it into a run ({@link #toSource()}).
 *
 * @param checkpoint the parent's checkpoint, its arrays duplicated
 * @param history    the parent's history up to that step, copied
 */
record BranchSeed(Checkpoint checkpoint, GanModel parentModel, Dataset dataset, int datasetSize, History history,
                  QualityHistory quality, JudgedHistory judged, DOutputHistory dOutputs, List<Intervention> interventions,
                  float[] fixedNoise) {

    /** Parent's engine thread. */
    static BranchSeed of(RunContext parent, Checkpoint c) {
        Checkpoint owned = new Checkpoint(0, c.reason(), c.liveConfig(), c.counters().copy(), copy(c.generator()),
                copy(c.discriminator()), c.interventionsKept(), c.historyRows(), c.dOutputs(), c.elapsedSeconds());
        History history = new History();
        for (int r = 0; r < Math.min(c.historyRows(), parent.history().size()); r++) {
            double[] row = new double[HistoryColumn.values().length];
            for (HistoryColumn col : HistoryColumn.values()) row[col.ordinal()] = parent.history().get(r, col);
            history.append(row);
        }
        QualityHistory quality = new QualityHistory();
        parent.quality().since(0).stream().filter(p -> p.step() < c.step()).forEach(quality::add);
        JudgedHistory judged = new JudgedHistory();
        parent.judged().since(0).stream().filter(p -> p.step() <= c.step()).forEach(judged::add);
        List<Intervention> all = parent.controls().interventions();
        List<Intervention> inherited = new ArrayList<>(all.subList(0, Math.min(c.interventionsKept(), all.size())));
        return new BranchSeed(owned, parent.model(), parent.dataset(), parent.datasetSize(), history, quality, judged,
                parent.dOutputs().copyAt(c.dOutputs()), inherited, parent.fixedNoise().clone());
    }

    private static org.ganworkbench.engine.model.TrainableNetwork.State copy(
            org.ganworkbench.engine.model.TrainableNetwork.State s) {
        return new org.ganworkbench.engine.model.TrainableNetwork.State(s.params().dup(),
                s.updaterState() == null ? null : s.updaterState().dup(), s.iteration());
    }

    /** The branch's engine thread: fresh networks of the parent's make, with the checkpoint's numbers. */
    RunSource toSource() {
        GanModel model = GanModel.create(parentModel.config(), parentModel.shape(), parentModel.classNames());
        model.generator().restoreState(checkpoint.generator());
        model.discriminator().restoreState(checkpoint.discriminator());
        checkpoint.release();
        return new RunSource(checkpoint.liveConfig(), model, dataset, datasetSize, checkpoint.counters().copy(), history,
                quality, judged, dOutputs, interventions, fixedNoise, checkpoint.elapsedSeconds());
    }
}
