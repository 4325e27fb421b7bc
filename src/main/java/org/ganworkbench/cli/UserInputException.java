package org.ganworkbench.cli;

/** A mistake on the command line that picocli's own parser cannot see (a bad combination, a bad file). */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
