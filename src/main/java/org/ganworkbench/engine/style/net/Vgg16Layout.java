package org.ganworkbench.engine.style.net;

import java.util.ArrayList;
import java.util.List;

/**
 * VGG16's convolutional part (Simonyan and Zisserman 2014, configuration D), as DL4J's zoo builds
 * it: 3x3 convolutions with padding 1, each followed by a ReLU, and 2x2 max pooling between blocks.
 * Style transfer reads the ReLU outputs, named as in the literature: relu{block}_{conv}.
 * <pre>
 * block 1:  64,  64  (full size)      block 4: 512, 512, 512  (1/8)
 * block 2: 128, 128  (1/2)            block 5: 512, 512, 512  (1/16)
 * block 3: 256, 256, 256  (1/4)
 * </pre>
 * Only the layers up to relu5_1 are kept: no loss reads deeper, and the classifier's dense layers
 * are not needed at all.
 */
public final class Vgg16Layout {

    /** Output channels of each 3x3 convolution, block by block (the zoo's layers 0-16, pools between). */
    static final int[][] BLOCKS = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};
    /** The deepest layer kept. */
    public static final String DEEPEST = "relu5_1";
    /** Gatys et al.'s choices: content at relu4_2, style at the first ReLU of every block. */
    public static final String CONTENT_LAYER = "relu4_2";
    public static final List<String> STYLE_LAYERS = List.of("relu1_1", "relu2_1", "relu3_1", "relu4_1", "relu5_1");

    /** One kept convolution: its ReLU's name, input and output channels. */
    public record Conv(String name, int in, int out, boolean poolBefore) {
    }

    private Vgg16Layout() {
    }

    /** The kept convolutions in order, relu1_1 to relu5_1 (11 of VGG16's 13). */
    public static List<Conv> convs() {
        List<Conv> out = new ArrayList<>();
        int in = 3;
        for (int b = 0; b < BLOCKS.length; b++) {
            for (int i = 0; i < BLOCKS[b].length; i++) {
                String name = "relu" + (b + 1) + "_" + (i + 1);
                out.add(new Conv(name, in, BLOCKS[b][i], b > 0 && i == 0));
                in = BLOCKS[b][i];
                if (name.equals(DEEPEST)) return out;
            }
        }
        return out;
    }

    public static List<String> layerNames() {
        return convs().stream().map(Conv::name).toList();
    }
}
