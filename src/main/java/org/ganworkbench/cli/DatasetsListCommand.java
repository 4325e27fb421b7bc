package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.data.DatasetInfo;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.catalog.DataLocations;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.KnownLocations;
import org.ganworkbench.engine.data.catalog.LocalCopy;
import org.ganworkbench.engine.data.download.CacheStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code datasets list}: every dataset id, where the real ones were found, and the cache's state. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Show built-in datasets, real ones found on this machine (a fixed list of places, never a disk scan)"
                + " and what can be downloaded.")
final class DatasetsListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DatasetsCommand parent;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path cache = parent.cacheFolder();
        DataLocations at = DataLocations.forThisMachine().withCache(cache);
        out.println("Built in (generated, always available):");
        for (DatasetInfo d : Datasets.builtIn()) out.printf("  %-15s %s%n", d.id(), d.title());
        out.println();
        out.println("Real datasets:");
        for (KnownDataset d : KnownDataset.values()) {
            out.printf("  %-15s %s%n", d.id(), d.title());
            List<LocalCopy> found = KnownLocations.found(d, at);
            if (found.isEmpty()) out.printf("  %-15s on this machine: not found%n", "");
            for (int i = 0; i < found.size(); i++) {
                LocalCopy c = found.get(i);
                out.printf("  %-15s %s %s (%s)%s%n", "", i == 0 ? "on this machine:" : "                ", c.path(), c.origin(),
                        i == 0 ? "" : ", not used");
            }
            CacheStatus status = CacheStatus.of(d, cache);
            out.printf("  %-15s download:        %s%s%n", "", status.summary(),
                    status.complete() ? "" : "  ->  gan-workbench datasets download " + d.id());
        }
        out.println();
        out.println("Your own files (train --dataset ID):");
        for (String line : Datasets.FILE_SYNTAX) out.println("  " + line);
        out.println();
        out.println("Cache: " + cache);
        out.flush();
    }
}
