package io.tunemall.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The analysis chains the index runs, word by word. */
class KoreanAnalysisTest {

    final Analyzer korean = KoreanAnalysis.korean();

    @Test
    void a_compound_noun_is_kept_whole_and_split_into_its_parts() {
        assertThat(terms(korean, "남성 스키니 청바지")).containsExactly("남성", "스키니", "청바지", "청", "바지");
        assertThat(terms(korean, "청바지")).containsExactly("청바지", "청", "바지");
    }

    @Test
    void particles_and_endings_are_dropped() {
        assertThat(terms(korean, "운동화를")).containsExactly("운동화");
        assertThat(terms(korean, "바지를 찾아요")).startsWith("바지").doesNotContain("를", "요");
        assertThat(terms(korean, "티셔츠가")).containsExactly("티셔츠");
    }

    @Test
    void a_word_reads_the_same_alone_and_in_a_name() {
        assertThat(terms(korean, "쿠셔닝 러닝 운동화")).contains("운동화");
        assertThat(terms(korean, "초경량 구스다운 재킷")).contains("구스다운", "구스", "다운", "재킷");
        assertThat(terms(korean, "울 블렌드 싱글 롱코트")).contains("울", "싱글", "코트");
    }

    @Test
    void latin_text_is_lower_cased_and_split_from_digits() {
        assertThat(terms(korean, "데일리 선크림 SPF50+")).containsSubsequence("선크림", "spf", "50");
        assertThat(terms(korean, "spf50")).containsExactly("spf", "50");
        assertThat(terms(korean, "Nike AIR")).containsExactly("nike", "air");
    }

    @Test
    void autocomplete_indexes_every_prefix_of_every_word_and_searches_the_prefix_whole() {
        assertThat(terms(KoreanAnalysis.autocomplete(), "스키니 청바지"))
                .containsExactly("스", "스키", "스키니", "청", "청바", "청바지");
        assertThat(terms(KoreanAnalysis.autocompleteParts(), "청바지")).contains("바", "바지");
        assertThat(terms(KoreanAnalysis.autocompleteQuery(), "청바")).containsExactly("청바");
        assertThat(terms(KoreanAnalysis.autocompleteQuery(), "SPF")).containsExactly("spf");
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return terms;
    }
}
