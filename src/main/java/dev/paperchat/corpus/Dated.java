package dev.paperchat.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A paper as a view gives it, dated as its record is: its {@code year} beside its {@code date}, for a table to sort and filter by. */
public interface Dated {
    String date();

    /** The date's year: null when the record gives none ("26 May"). */
    @JsonProperty("year")
    default Integer year() {
        return Paper.yearOf(date());
    }
}
