package org.ganworkbench.cli;

import org.ganworkbench.engine.AppVersion;
import picocli.CommandLine;

/** Prints the app version from the jar manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"GAN Workbench " + AppVersion.get()};
    }
}
