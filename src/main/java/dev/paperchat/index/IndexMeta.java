package dev.paperchat.index;

import java.util.function.Function;

/** The model, dimension and schema an index records, checked the same way for every backend. */
final class IndexMeta {
    private IndexMeta() {}

    /**
     * Refuses an index that is not paperchat's, of another schema, or of another embedding model:
     * its vectors would be meaningless to this one.
     *
     * @param meta the recorded value of each {@code Fields.META_*} key, null when absent
     * @param elsewhere what to choose instead, e.g. "--index directory"
     * @param reindex the command that re-indexes elsewhere
     */
    static void check(String where, Function<String, String> meta, String model, int dimension, String elsewhere, String reindex) {
        String storedModel = meta.apply(Fields.META_MODEL);
        String storedDimension = meta.apply(Fields.META_DIMENSION);
        String storedSchema = meta.apply(Fields.META_SCHEMA);
        if (storedModel == null) {
            throw new IndexException(where + " is not a paperchat index (no model recorded); choose another " + elsewhere);
        }
        if (!Fields.SCHEMA_VERSION.equals(storedSchema)) {
            throw new IndexException("index " + where + " was built by another version of paperchat (schema " + storedSchema
                    + ", this one reads " + Fields.SCHEMA_VERSION + "); re-index into a new one: " + reindex);
        }
        if (!storedModel.equals(model) || !String.valueOf(dimension).equals(storedDimension)) {
            throw new IndexException("index " + where + " was built with embedding model " + storedModel + " (" + storedDimension
                    + " dimensions), but " + model + " (" + dimension + " dimensions) is configured; use the same model, "
                    + "or re-index into a new one: " + reindex);
        }
    }
}
