package org.ganworkbench.cli;

import org.ganworkbench.engine.train.ThreadSetting;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --threads auto|N}: the native threads of a run (train) or of the timed steps (bench). */
final class ThreadsOption implements ITypeConverter<ThreadSetting> {

    static final String DESCRIPTION = "Native threads: a number, or auto (the app's choice per model, one fewer while "
            + "another process keeps a core busy). Default: -D" + ThreadSetting.PROPERTY + " or " + ThreadSetting.ENV
            + " if set, else auto. Results do not depend on it (README, Threads).";

    @Override
    public ThreadSetting convert(String value) {
        try {
            return ThreadSetting.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** The option's value, or the environment's setting when not given (warning about one that cannot be read). */
    static ThreadSetting orEnvironment(ThreadSetting given, java.io.PrintWriter err) {
        if (given != null) return given;
        String problem = ThreadSetting.environmentProblem();
        if (!problem.isEmpty()) err.println("warning: " + problem);
        return ThreadSetting.fromEnvironment();
    }
}
