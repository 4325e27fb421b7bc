package org.ganworkbench.engine.data;

import org.ganworkbench.engine.config.DataShape;

/** A dataset the app offers, before it is loaded. */
public record DatasetInfo(String id, String title, DataShape shape) {
}
