package org.ganworkbench.engine.data.catalog;

import java.util.List;
import java.util.stream.Collectors;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.cifar.Cifar10;
import org.ganworkbench.engine.data.idx.IdxDataset;
import org.ganworkbench.engine.data.npz.MnistNpz;

/**
 * Opens a known dataset from the best copy on this machine. Never downloads: training must not
 * start a 170 MB transfer behind the teacher's back; the error says how to get the data instead.
 */
public final class RealDatasets {

    private RealDatasets() {
    }

    public static ImageDataset open(KnownDataset dataset, DataLocations at) {
        List<LocalCopy> found = KnownLocations.found(dataset, at);
        if (found.isEmpty()) throw notFound(dataset, at);
        return open(found.get(0));
    }

    /** Loads one particular copy; a damaged copy is an error naming it, never silently passed over. */
    public static ImageDataset open(LocalCopy copy) {
        KnownDataset d = copy.dataset();
        try {
            return switch (copy.format()) {
                case IDX_FOLDER -> IdxDataset.load(copy.path(), d.id(), d.displayName(), d.classNames(), false);
                case NPZ -> MnistNpz.load(copy.path(), d.id(), d.displayName(), d.classNames());
                case CIFAR_BINARY -> Cifar10.load(copy.path(), d.id());
            };
        } catch (DatasetException e) {
            throw new DatasetException(e.getMessage() + " (" + d.displayName() + " from " + copy.origin() + ")", e);
        }
    }

    private static DatasetException notFound(KnownDataset dataset, DataLocations at) {
        String places = KnownLocations.candidates(dataset, at).stream().map(c -> "  " + c.path())
                .collect(Collectors.joining("\n"));
        return new DatasetException(dataset.displayName() + " is not on this machine. Download it once with\n"
                + "  gan-workbench datasets download " + dataset.id() + "\n"
                + "or point to your own copy with " + (dataset == KnownDataset.CIFAR10 ? "cifar10:PATH" : "idx:PATH")
                + ". Looked in:\n" + places);
    }
}
