package org.ganworkbench.ui.style;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganworkbench.engine.style.NetworkKind;
import org.ganworkbench.engine.style.RgbImage;
import org.ganworkbench.engine.style.StyleSetup;
import org.ganworkbench.engine.style.pictures.BuiltInPicture;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * What the next style transfer starts from: the two pictures (built in, or opened files), the size,
 * where the image starts and the feature network; with small previews of both pictures. Locked
 * while a run exists (Reset unlocks). FX thread.
 */
final class StyleSetupViewModel {

    static final List<Integer> SIZES = List.of(128, 192, 256, 384, 512);
    private static final int PREVIEW = 128;

    private final TaskRunner tasks;
    private final Notices notices;
    private final ObservableList<PictureChoice> contents = FXCollections.observableArrayList();
    private final ObservableList<PictureChoice> styles = FXCollections.observableArrayList();
    private final ObjectProperty<PictureChoice> content = new SimpleObjectProperty<>();
    private final ObjectProperty<PictureChoice> style = new SimpleObjectProperty<>();
    private final ObjectProperty<PixelImage> contentPreview = new SimpleObjectProperty<>();
    private final ObjectProperty<PixelImage> stylePreview = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> size = new SimpleObjectProperty<>(192);
    private final ObjectProperty<StyleSetup.StartFrom> start = new SimpleObjectProperty<>(StyleSetup.StartFrom.NOISE);
    private final ObjectProperty<NetworkKind> network = new SimpleObjectProperty<>(NetworkKind.RANDOM);
    private final BooleanProperty locked = new SimpleBooleanProperty();

    StyleSetupViewModel(TaskRunner tasks, Notices notices) {
        this.tasks = tasks;
        this.notices = notices;
        BuiltInPicture.of(BuiltInPicture.Role.CONTENT).forEach(p -> contents.add(PictureChoice.of(p)));
        BuiltInPicture.of(BuiltInPicture.Role.STYLE).forEach(p -> styles.add(PictureChoice.of(p)));
        content.addListener((obs, o, n) -> preview(n, contentPreview));
        style.addListener((obs, o, n) -> preview(n, stylePreview));
        content.set(contents.get(0));
        style.set(styles.get(0));
    }

    /** Reads a picture file (off the FX thread); a good one joins the list and is chosen, a bad one is refused with the reason. */
    void open(Path file, boolean asContent) {
        int s = size.get();
        PictureChoice choice = PictureChoice.of(file);
        tasks.run("Reading " + file.getFileName(), p -> choice.render(s), image -> {
            ObservableList<PictureChoice> list = asContent ? contents : styles;
            list.removeIf(c -> file.equals(c.file()));
            list.add(choice);
            (asContent ? content : style).set(choice);
            notices.info("Opened " + file.getFileName() + " (" + (asContent ? "content" : "style") + "), cropped to a square of " + s + " pixels.");
        }, failure -> notices.error(Notices.describe(failure)));
    }

    private void preview(PictureChoice choice, ObjectProperty<PixelImage> target) {
        if (choice == null) {
            target.set(null);
            return;
        }
        tasks.run("Drawing " + choice.title(), p -> choice.render(PREVIEW), image -> {
            if ((target == contentPreview ? content : style).get() == choice) target.set(pixels(image));
        }, failure -> notices.error(Notices.describe(failure)));
    }

    StyleSetup setup(long seed) {
        return new StyleSetup(network.get(), size.get(), start.get(), seed);
    }

    /** The words under the network choice: which one is in use, and that VGG16 gives better pictures. */
    static String networkNote(NetworkKind n, boolean vggHere) {
        if (n == NetworkKind.VGG16) {
            return vggHere ? "VGG16 with ImageNet weights from DL4J's model zoo: features learned on photographs."
                    : "VGG16's ImageNet weights are not on this machine yet: download them once (below), or use the built-in network.";
        }
        return "Built-in random filters over five scales: works offline. VGG16 (pretrained on ImageNet) gives better pictures.";
    }

    static PixelImage pixels(RgbImage image) {
        return new PixelImage(image.width(), image.height(), image.argb());
    }

    ObservableList<PictureChoice> contents() { return contents; }
    ObservableList<PictureChoice> styles() { return styles; }
    ObjectProperty<PictureChoice> contentProperty() { return content; }
    ObjectProperty<PictureChoice> styleProperty() { return style; }
    ObjectProperty<PixelImage> contentPreviewProperty() { return contentPreview; }
    ObjectProperty<PixelImage> stylePreviewProperty() { return stylePreview; }
    ObjectProperty<Integer> sizeProperty() { return size; }
    ObjectProperty<StyleSetup.StartFrom> startProperty() { return start; }
    ObjectProperty<NetworkKind> networkProperty() { return network; }
    BooleanProperty lockedProperty() { return locked; }
}
