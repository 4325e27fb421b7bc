package org.ganworkbench.cli;

import java.io.PrintWriter;
import org.ganworkbench.engine.AppVersion;
import org.ganworkbench.engine.BackendInfo;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.train.ThreadSetting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints what the app runs on and what it offers. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the compute backend (CPU/GPU, BLAS, threads), versions, presets and datasets.")
final class InfoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--session", paramLabel = "FILE",
            description = "Instead: list the branches and checkpoints a saved session (.gwb) holds.")
    java.nio.file.Path session;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (session != null) {
            SessionContents.print(session, out);
            return;
        }
        BackendInfo b = ComputeBackend.initialize();
        out.printf("GAN Workbench %s%n", AppVersion.get());
        out.printf("Java          %s (%s)%n", System.getProperty("java.version"), System.getProperty("java.vm.name"));
        out.printf("ND4J          %s%n", b.nd4jVersion());
        out.printf("Backend       %s%n", b.isGpu() ? b.backend() + " (GPU)" : "CPU");
        out.printf("BLAS          %s%n", b.blasVendor());
        out.printf("Natives       %s%n", b.nativeBuild());
        out.printf("Threads       %s; %d cores (train/bench --threads, -D%s or %s; README, Threads)%n",
                ThreadSetting.fromEnvironment().automatic() ? "auto (per model: one per billion multiply-adds of a step, "
                        + "one fewer while another process keeps a core busy)"
                        : ThreadSetting.fromEnvironment().fixed() + " (" + ThreadSetting.PROPERTY + " / " + ThreadSetting.ENV + ")",
                b.cores(), ThreadSetting.PROPERTY, ThreadSetting.ENV);
        String threadProblem = ThreadSetting.environmentProblem();
        if (!threadProblem.isEmpty()) out.printf("Note          %s%n", threadProblem);
        out.printf("Off-heap max  %d MiB%n", b.maxOffHeapBytes() >> 20);
        if (!b.note().isEmpty()) out.printf("Note          %s%n", b.note());
        out.println();
        out.println("Presets:");
        for (Preset p : Presets.all()) out.printf("  %-16s %s%n", p.name(), p.title());
        out.println();
        out.println("Datasets:");
        Datasets.builtIn().forEach(d -> out.printf("  %-16s %s%n", d.id(), d.title()));
        Datasets.real().forEach(d -> out.printf("  %-16s %s%n", d.id(), d.title()));
        out.println("  (`datasets list` shows which real ones are on this machine)");
        out.flush();
    }
}
