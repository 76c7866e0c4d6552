package com.leverageglossary.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results for a query, with counts for the filters and a spelling suggestion.
 *
 * @param total      results after filters
 * @param areaCounts results per area slug before the area filter, in descending order
 * @param kindCounts results per kind before the kind filter
 * @param didYouMean a corrected query that finds more, or null
 */
public record SearchResults(String query, int total, List<SearchHit> hits, Map<String, Integer> areaCounts,
                            Map<String, Integer> kindCounts, String didYouMean) {

    /** "1 result", "42 results", or "200+ results" when the count reached the cap. */
    public String countText() {
        return total == 1 ? "1 result" : total + (total >= SearchIndex.MAX_RESULTS ? "+" : "") + " results";
    }
}
