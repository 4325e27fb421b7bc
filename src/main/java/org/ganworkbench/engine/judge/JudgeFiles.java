package org.ganworkbench.engine.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.io.ArchiveKind;
import org.ganworkbench.engine.io.CheckedZipReader;
import org.ganworkbench.engine.io.NpyException;
import org.ganworkbench.engine.io.NpyFormat;
import org.ganworkbench.engine.io.ZipSpec;
import org.ganworkbench.engine.metrics.FeatureStatistics;
import org.ganworkbench.engine.model.nn.Sequential;
import org.ganworkbench.engine.session.SessionException;
import org.ganworkbench.engine.session.SessionZipWriter;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A judge on disk: a zip (written atomically, read with the shared zip reader, {@link CheckedZipReader}) holding
 * {@code judge.json}, the parameters of both parts of the network and the held-out feature
 * statistics as float32 .npy. Loading trusts nothing: the network is rebuilt from the dataset's
 * shape and classes, every array must have its exact size and be finite, and the file must name
 * the very dataset (fingerprint) and judge layout it is loaded for.
 */
final class JudgeFiles {

    static final String FORMAT = "gan-workbench-judge";
    static final int VERSION = 1;

    private static final String MANIFEST = "judge.json";
    private static final String BODY = "body-params.npy";
    private static final String HEAD = "head-params.npy";
    private static final String MEAN = "reference-mean.npy";
    private static final String COVARIANCE = "reference-covariance.npy";
    private static final long MIB = 1 << 20;
    private static final ArchiveKind KIND = new ArchiveKind("GAN Workbench judge", "", SessionException::new);
    private static final ZipSpec SPEC = new ZipSpec(KIND, List.of(
            ZipSpec.Entry.required(MANIFEST, MIB),
            ZipSpec.Entry.required(BODY, 256 * MIB),
            ZipSpec.Entry.required(HEAD, 16 * MIB),
            ZipSpec.Entry.required(MEAN, MIB),
            ZipSpec.Entry.required(COVARIANCE, 4 * MIB)),
            16, 300 * MIB);

    /** judge.json: everything but the arrays. Class accuracies absent from the held-out part are written as -1. */
    record Manifest(String format, int formatVersion, int architecture, String datasetId, String fingerprint,
                    int channels, int height, int width, List<String> classNames, double heldOutAccuracy,
                    double[] classAccuracy, int heldOutCount, double realFrechet, int trainedExamples,
                    double trainingSeconds) {
    }

    private JudgeFiles() {
    }

    static void save(Judge judge, Path file) {
        JudgeInfo i = judge.info();
        DataShape s = judge.shape();
        double[] classAccuracy = i.classAccuracy().clone();
        for (int k = 0; k < classAccuracy.length; k++) if (Double.isNaN(classAccuracy[k])) classAccuracy[k] = -1;
        Manifest m = new Manifest(FORMAT, VERSION, i.architecture(), i.datasetId(), i.fingerprint(), s.channels(),
                s.height(), s.width(), i.classNames(), i.heldOutAccuracy(), classAccuracy, i.heldOutCount(),
                i.realFrechet(), i.trainedExamples(), i.trainingSeconds());
        FeatureStatistics ref = judge.reference();
        int d = ref.dimension();
        float[] mean = new float[d];
        float[] cov = new float[d * d];
        for (int a = 0; a < d; a++) {
            mean[a] = (float) ref.mean()[a];
            for (int b = 0; b < d; b++) cov[a * d + b] = (float) ref.covariance()[a][b];
        }
        try (SessionZipWriter zip = SessionZipWriter.create(file)) {
            zip.add(MANIFEST, ConfigJson.mapper().writeValueAsBytes(m));
            addParams(zip, BODY, judge.network().body);
            addParams(zip, HEAD, judge.network().head);
            zip.add(MEAN, out -> NpyFormat.write(out, mean, new long[] {d}));
            zip.add(COVARIANCE, out -> NpyFormat.write(out, cov, new long[] {d, d}));
            zip.commit();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the judge's manifest could not be written", e);
        }
    }

    private static void addParams(SessionZipWriter zip, String name, Sequential net) {
        float[] values = net.params().reshape(new long[] {net.params().length()}).toFloatVector();
        zip.add(name, out -> NpyFormat.write(out, values, new long[] {values.length}));
    }

    /**
     * Loads the judge of {@code data} from {@code file}.
     *
     * @throws JudgeFileException saying what is wrong with the file (the caller trains a new judge)
     */
    static Judge load(Path file, Dataset data) {
        try (CheckedZipReader zip = CheckedZipReader.open(file, SPEC)) {
            Manifest m = manifest(zip);
            checkFits(m, data);
            JudgeNetwork network = new JudgeNetwork(data.shape(), data.classNames().size());
            loadParams(zip, BODY, network.body);
            loadParams(zip, HEAD, network.head);
            int d = JudgeNetwork.FEATURES;
            float[] mean = finite(NpyFormat.read(zip.stream(MEAN), new long[] {d}, MEAN), MEAN);
            float[] cov = finite(NpyFormat.read(zip.stream(COVARIANCE), new long[] {d, d}, COVARIANCE), COVARIANCE);
            double[] meanD = new double[d];
            double[][] covD = new double[d][d];
            for (int a = 0; a < d; a++) {
                meanD[a] = mean[a];
                for (int b = 0; b < d; b++) covD[a][b] = cov[a * d + b];
            }
            double[] classAccuracy = m.classAccuracy().clone();
            for (int k = 0; k < classAccuracy.length; k++) if (classAccuracy[k] < 0) classAccuracy[k] = Double.NaN;
            JudgeInfo info = new JudgeInfo(m.datasetId(), m.fingerprint(), m.classNames(), m.heldOutAccuracy(),
                    classAccuracy, m.heldOutCount(), m.realFrechet(), m.trainedExamples(), m.trainingSeconds(), m.architecture());
            return new Judge(network, info, new FeatureStatistics(m.heldOutCount(), meanD, covD));
        } catch (SessionException | NpyException e) {
            throw new JudgeFileException(e.getMessage(), e);
        }
    }

    private static Manifest manifest(CheckedZipReader zip) {
        Manifest m;
        try {
            m = ConfigJson.mapper().readValue(zip.bytes(MANIFEST), Manifest.class);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new JudgeFileException("its " + MANIFEST + " cannot be read (" + why + ")", e);
        }
        if (!FORMAT.equals(m.format())) throw new JudgeFileException("it is not a judge file");
        if (m.formatVersion() != VERSION) throw new JudgeFileException("it has judge file format " + m.formatVersion()
                + ", this app reads " + VERSION);
        if (m.architecture() != JudgeNetwork.ARCHITECTURE) {
            throw new JudgeFileException("it holds a judge of layout " + m.architecture() + ", this app uses layout "
                    + JudgeNetwork.ARCHITECTURE);
        }
        return m;
    }

    private static void checkFits(Manifest m, Dataset data) {
        if (m.fingerprint() == null || !m.fingerprint().equals(data.fingerprint())) {
            throw new JudgeFileException("it was trained on other data (SHA-256 " + m.fingerprint() + ")");
        }
        DataShape s = data.shape();
        if (m.channels() != s.channels() || m.height() != s.height() || m.width() != s.width()) {
            throw new JudgeFileException("it judges " + m.channels() + "x" + m.height() + "x" + m.width() + " images, the data has " + s);
        }
        if (m.classNames() == null || !m.classNames().equals(data.classNames())) {
            throw new JudgeFileException("its classes " + m.classNames() + " are not the data's " + data.classNames());
        }
        if (!(m.heldOutAccuracy() >= 0 && m.heldOutAccuracy() <= 1) || m.heldOutCount() < 2 || m.trainedExamples() < 1
                || m.heldOutCount() > data.size() || !Double.isFinite(m.trainingSeconds())
                || !(m.realFrechet() >= 0) || Double.isInfinite(m.realFrechet())) {
            throw new JudgeFileException("its numbers are out of range (accuracy " + m.heldOutAccuracy() + ", "
                    + m.heldOutCount() + " held-out images)");
        }
        if (m.classAccuracy() == null || m.classAccuracy().length != data.classNames().size()) {
            throw new JudgeFileException("it lists accuracies for the wrong number of classes");
        }
        for (double a : m.classAccuracy()) {
            if (!(a == -1 || (a >= 0 && a <= 1))) throw new JudgeFileException("a class accuracy is " + a);
        }
    }

    private static void loadParams(CheckedZipReader zip, String entry, Sequential net) {
        float[] values = finite(NpyFormat.read(zip.stream(entry), new long[] {net.params().length()}, entry), entry);
        net.params().assign(Nd4j.create(values, net.params().shape(), 'c'));
    }

    private static float[] finite(float[] values, String entry) {
        for (float v : values) {
            if (!Float.isFinite(v)) throw new JudgeFileException(entry + " contains " + v);
        }
        return values;
    }
}
