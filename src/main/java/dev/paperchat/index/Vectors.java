package dev.paperchat.index;

/** The little vector arithmetic the index needs. */
final class Vectors {
    private Vectors() {}

    /** Adds {@code vector} to {@code sum}; one of another dimension (a damaged record) is left out. */
    static void add(float[] sum, float[] vector) {
        if (vector.length != sum.length) return;
        for (int i = 0; i < sum.length; i++) sum[i] += vector[i];
    }

    /** Scales to unit length; a zero vector stays zero. */
    static void normalize(float[] vector) {
        double norm = 0;
        for (float x : vector) norm += x * x;
        if (norm == 0) return;
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) vector[i] *= scale;
    }
}
