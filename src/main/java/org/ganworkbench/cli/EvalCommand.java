package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganworkbench.engine.metrics.BinnedDivergenceResult;
import org.ganworkbench.engine.metrics.ModeCoverageResult;
import org.ganworkbench.engine.metrics.SampleQualityReport;
import org.ganworkbench.engine.session.RunExports;
import org.ganworkbench.engine.session.SessionData;
import org.ganworkbench.engine.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: how good a saved generator's samples are. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure a saved run's samples against its data.",
                "2D runs: for mixtures of Gaussians (ring8, grid25) modes covered and high-quality samples (within",
                "3 std of a mode; VEEGAN, PacGAN) and the reverse KL of the mode histogram; for any 2D data KL and JS",
                "divergences on a 50x50 grid of the plane.",
                "Image runs with labelled data: the judge (a classifier of the data, trained once per dataset and",
                "cached) gives the class histogram, the share it is sure of, the Fréchet distance of its features",
                "from held-out real images, and for conditional runs the per-class agreement; with its own",
                "held-out accuracy.",
                "It reads the dataset the session names, through the same checked readers as train (a session",
                "someone sent you decides which files that is); sample, interpolate and walk never read it.", ""})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "A saved 2D run (.gwb).")
    Path session;

    @picocli.CommandLine.Mixin
    BranchOption branchOption = new BranchOption();

    @Option(names = "--samples", defaultValue = "2500", paramLabel = "N",
            description = "Generated samples to measure (default ${DEFAULT-VALUE}, as in the papers).")
    int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the latent noise (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--quiet", description = "No progress bar while the judge trains.")
    boolean quiet;

    @Override
    public Integer call() {
        if (samples < 10 || samples > 1_000_000) throw new UserInputException("--samples must be between 10 and 1000000.");
        PrintWriter out = spec.commandLine().getOut();
        String branch = branchOption.branch;
        try (TrainingRun run = TrainingRun.prepare(() -> branchOption.load(session, spec.commandLine().getErr()::println,
                SessionData.REQUIRED))) {
            CliRuns.awaitReady(run);
            java.util.List<org.ganworkbench.engine.session.SessionBranch> branches = org.ganworkbench.engine.session.SessionBranches.list(session);
            if (branches.size() > 1) {
                out.println("branches         " + String.join("; ", branches.stream().map(org.ganworkbench.engine.session.SessionBranch::describe).toList()));
                out.println("measuring        " + (branch == null ? branches.get(0).name() : branch));
            }
            boolean points = !run.submit(c -> c.model().shape().isImage()).join();
            if (!points) {
                ImageEval.print(run, session, samples, seed, quiet, out, spec.commandLine().getErr());
                return 0;
            }
            if (!run.submit(c -> c.dataset() != null).join()) {
                throw new UserInputException("eval compares samples with the run's data, which is not available here.");
            }
            SampleQualityReport r = run.submit(c -> RunExports.quality(c, samples, seed)).join();
            out.printf(Locale.ROOT, "session          %s (step %d)%n", session, run.latest().step());
            out.printf(Locale.ROOT, "samples          %d (seed %d)%n", samples, seed);
            r.modeCoverage().ifPresent(m -> printCoverage(out, m));
            BinnedDivergenceResult d = r.divergence();
            out.printf(Locale.ROOT, "JS divergence    %.4f nats (binned 50x50; 0 = same, %.4f = disjoint)%n", d.jensenShannon(), Math.log(2));
            out.printf(Locale.ROOT, "KL(real||gen)    %.4f nats%n", d.klRealToGenerated());
            out.printf(Locale.ROOT, "KL(gen||real)    %.4f nats%n", d.klGeneratedToReal());
            if (d.generatedOutside() > 0) out.printf("outside the grid %d samples%n", d.generatedOutside());
        }
        return 0;
    }

    private static void printCoverage(PrintWriter out, ModeCoverageResult m) {
        out.printf(Locale.ROOT, "modes covered    %d of %d%n", m.modesCovered(), m.totalModes());
        out.printf(Locale.ROOT, "high quality     %.1f%% (within 3 std of a mode)%n", 100 * m.highQualityFraction());
        out.printf(Locale.ROOT, "reverse KL       %.4f nats (mode histogram vs uniform; 0 = balanced)%n", m.reverseKl());
        out.printf("per mode         %s%n", Arrays.toString(m.perModeCounts()));
    }
}
