package org.ganworkbench.cli;

import java.nio.file.Path;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code datasets}: what data there is, and fetching the real datasets once into the cache. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List the datasets (built in, found on this machine, downloadable) and download real ones.",
                "Training never downloads: fetch a dataset once with `datasets download NAME`, then",
                "`train --dataset NAME`. Downloads are checked against published SHA-256 digests.", ""},
        subcommands = {DatasetsListCommand.class, DatasetsDownloadCommand.class})
final class DatasetsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--cache", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Cache folder for downloads. Default: the " + CacheDirectory.PROPERTY + " system property, the "
                    + CacheDirectory.ENV + " variable, or the platform's cache folder (~/.cache/gan-workbench on Linux).")
    Path cache;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Path cacheFolder() {
        return cache != null ? cache : CacheDirectory.resolve();
    }
}
