package org.ganworkbench.engine.data;

import java.io.IOException;
import java.nio.file.Path;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.session.ImageGrid;

/**
 * Writes a preview of any dataset id as a PNG (one row per class), to look at what was loaded. Not
 * a test; run e.g.
 * {@code java -cp target/classes:target/test-classes:... org.ganworkbench.engine.data.DatasetPreviewSheet fashion-mnist /tmp/real.png}.
 */
public final class DatasetPreviewSheet {

    private DatasetPreviewSheet() {
    }

    public static void main(String[] args) throws IOException {
        String id = args.length > 0 ? args[0] : "fashion-mnist";
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp/dataset-preview.png");
        int perClass = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        ImageDataset d = (ImageDataset) Datasets.open(new DataSpec(id, 0));
        ImageGrid.writePng(ImageGrid.grid(DatasetPreview.perClass(d, perClass), perClass, ImageGrid.Style.DEFAULT.withScale(3)), out);
        System.out.println(d.description() + "\n" + String.join(", ", d.classNames()) + "\nwrote " + out);
    }
}
