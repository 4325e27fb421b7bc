package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.download.Cancellation;
import org.ganworkbench.engine.data.download.DatasetDownloads;
import org.ganworkbench.engine.data.download.DownloadException;
import org.ganworkbench.engine.data.download.DownloadSettings;
import org.ganworkbench.engine.data.download.Downloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code datasets download NAME}: fetch a real dataset into the cache, verified, resumable. */
@Command(name = "download", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Download real datasets into the cache: mnist, fashion-mnist, kmnist, cifar10.",
                "Mirrors are tried in turn; every file must match its published SHA-256, or it is deleted.",
                "An interrupted download (Ctrl-C, network failure) resumes where it stopped when run again.", ""})
final class DatasetsDownloadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DatasetsCommand parent;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "mnist, fashion-mnist, kmnist or cifar10.")
    List<String> names;

    @Option(names = "--sha256", paramLabel = "FILE=HEX",
            description = "The SHA-256 of a file whose digest GAN Workbench does not know (from the dataset's publisher).")
    Map<String, String> sha256 = new LinkedHashMap<>();

    @Option(names = "--restart", description = "Throw away a partial download and start again.")
    boolean restart;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<KnownDataset> datasets = names.stream().map(DatasetsDownloadCommand::known).toList();
        Path cache = parent.cacheFolder();
        Cancellation cancel = new Cancellation();
        Thread onCtrlC = new Thread(cancel::cancel, "cancel-download");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try (DownloadProgressBar bar = new DownloadProgressBar(err, quiet)) {
            for (KnownDataset d : datasets) {
                Downloader downloader = new Downloader(DownloadSettings.DEFAULT, bar, cancel);
                Path folder = DatasetDownloads.download(d, cache, sha256, restart, downloader);
                bar.close();
                out.printf("%s: verified and saved in %s%n", d.displayName(), folder);
            }
            out.printf("Train with: gan-workbench train --preset digits-dcgan --dataset %s%n", datasets.get(0).id());
            return 0;
        } catch (DownloadException.Cancelled e) {
            err.println(e.getMessage());
            return 130;
        } catch (DatasetException e) {
            throw new UserInputException(e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook has cancelled the download, whose part stays for resuming
            }
        }
    }

    private static KnownDataset known(String name) {
        return KnownDataset.byId(name).orElseThrow(() -> new UserInputException("'" + name
                + "' cannot be downloaded; choose mnist, fashion-mnist, kmnist or cifar10."));
    }
}
