package org.ganworkbench.engine.session;

import java.io.IOException;
import java.nio.file.Path;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.io.CheckedZipReader;
import org.ganworkbench.engine.io.NpyFormat;

/**
 * A compact copy of a session, for the trained runs shipped with the app: the parameters of G and
 * D rounded to float16 and no optimizer state, everything else (config, counters, history, fixed
 * noise, quality measurements) as it was. About a third of the size: a DCGAN run's 10 MB become 2.
 * Samples from the copy differ from the original's by float16 rounding (about 1e-3 relative);
 * training it on starts both optimizers afresh. The copy is opened like any session, every check
 * included.
 */
public final class CompactSessions {

    private CompactSessions() {
    }

    /** Writes the compact copy of {@code session} to {@code out} (atomically); returns out's size in bytes. */
    public static long write(Path session, Path out) {
        try (CheckedZipReader in = CheckedZipReader.open(session, SessionEntries.SPEC);
             SessionZipWriter zip = SessionZipWriter.create(out)) {
            SessionManifest manifest = ConfigJson.mapper().readValue(in.bytes(SessionEntries.MANIFEST), SessionManifest.class);
            zip.add(SessionEntries.MANIFEST, ConfigJson.mapper().writeValueAsBytes(manifest.asCompact()));
            for (String params : new String[] {SessionEntries.G_PARAMS, SessionEntries.D_PARAMS}) {
                long limit = in.size(params) / 4 + 1;
                NpyFormat.NpyArray array = SessionArrays.readAnyShape(in.stream(params), Math.min(limit, NpyFormat.MAX_ELEMENTS),
                        params);
                zip.add(params, o -> NpyFormat.writeHalf(o, array.data(), array.shape()));
            }
            for (String copied : new String[] {SessionEntries.FIXED_NOISE, SessionEntries.HISTORY, SessionEntries.QUALITY,
                    SessionEntries.JUDGED, SessionEntries.D_OUTPUTS}) {
                if (in.has(copied)) {
                    byte[] bytes = in.bytes(copied);
                    zip.add(copied, bytes);
                }
            }
            zip.commit();
        } catch (IOException e) {
            throw new SessionException("Could not make a compact copy of " + session + ": " + e.getMessage(), e);
        }
        return out.toFile().length();
    }
}
