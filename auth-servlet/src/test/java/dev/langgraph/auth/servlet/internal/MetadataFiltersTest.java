package dev.langgraph.auth.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Filters applied as the Python server applies them: JSONB containment of the metadata. */
class MetadataFiltersTest {

    private static final Map<String, Object> METADATA = Map.of("owner", "alice", "n", 1, "tags", List.of("a", "b"),
            "org", Map.of("id", "o1", "tier", "gold"));

    @Test
    void plainValuesAndEqAreContainment() {
        assertThat(MetadataFilters.matches(Map.of("owner", "alice"), METADATA)).isTrue();
        assertThat(MetadataFilters.matches(Map.of("owner", Map.of("$eq", "alice")), METADATA)).isTrue();
        assertThat(MetadataFilters.matches(Map.of("owner", "bob"), METADATA)).isFalse();
        assertThat(MetadataFilters.matches(Map.of("n", new BigDecimal("1.0")), METADATA)).isTrue();
        assertThat(MetadataFilters.matches(Map.of("org", Map.of("id", "o1")), METADATA)).isTrue();
        assertThat(MetadataFilters.matches(Map.of("org", Map.of("id", "o2")), METADATA)).isFalse();
        assertThat(MetadataFilters.matches(Map.of("missing", "x"), METADATA)).isFalse();
    }

    @Test
    void containsLooksInsideArrays() {
        assertThat(MetadataFilters.matches(Map.of("tags", Map.of("$contains", "a")), METADATA)).isTrue();
        assertThat(MetadataFilters.matches(Map.of("tags", Map.of("$contains", List.of("a", "b"))), METADATA))
                .isTrue();
        assertThat(MetadataFilters.matches(Map.of("tags", Map.of("$contains", "c")), METADATA)).isFalse();
        assertThat(MetadataFilters.matches(Map.of("owner", Map.of("$contains", "alice")), METADATA)).isFalse();
    }

    @Test
    void conditionsAreAndedAndNeedMetadata() {
        assertThat(MetadataFilters.matches(Map.of("owner", "alice", "n", 2), METADATA)).isFalse();
        assertThat(MetadataFilters.matches(Map.of("owner", "alice"), null)).isFalse();
        assertThat(MetadataFilters.matches(Map.of(), null)).isTrue();
    }

    @Test
    void mergingIntoASearchKeepsTheCallersConditionsAndAddsTheFilters() {
        assertThat(MetadataFilters.merge(Map.of("topic", "x"), Map.of("owner", "bob")))
                .hasValue(Map.of("topic", "x", "owner", "bob"));
        assertThat(MetadataFilters.merge(null, Map.of("owner", Map.of("$eq", "bob"))))
                .hasValue(Map.of("owner", "bob"));
        assertThat(MetadataFilters.merge(Map.of("tags", List.of("x")), Map.of("tags", Map.of("$contains", "y"))))
                .hasValue(Map.of("tags", List.of("x", "y")));
        assertThat(MetadataFilters.merge(Map.of("owner", "bob"), Map.of("owner", "bob")))
                .hasValue(Map.of("owner", "bob"));
    }

    @Test
    void contradictionsMeanNothingCanMatch() {
        assertThat(MetadataFilters.merge(Map.of("owner", "alice"), Map.of("owner", "bob"))).isEqualTo(Optional.empty());
        assertThat(MetadataFilters.merge("not an object", Map.of("owner", "bob"))).isEmpty();
    }
}
