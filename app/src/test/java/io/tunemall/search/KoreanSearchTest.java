package io.tunemall.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.ProductCard;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchResult;
import io.tunemall.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Searching the demo shop the way Korean shoppers type. */
@IntegrationTest
class KoreanSearchTest {

    @Autowired
    ProductSearch search;

    @Test
    void a_compound_noun_finds_the_product_whose_name_contains_it() {
        assertThat(names("청바지")).containsExactly("남성 스키니 청바지");
    }

    @Test
    void a_part_of_a_compound_finds_the_compound() {
        assertThat(names("바지")).contains("남성 스키니 청바지");
        assertThat(names("크림")).contains("세라마이드 장벽 크림", "퍼퓸 핸드크림 세트", "데일리 선크림 SPF50+");
    }

    @Test
    void a_word_with_a_particle_finds_the_word() {
        assertThat(names("운동화를")).containsExactly("쿠셔닝 러닝 운동화");
        assertThat(names("티셔츠를")).contains("오버핏 코튼 반팔 티셔츠", "스트라이프 긴팔 티셔츠");
    }

    @Test
    void latin_letters_and_digits_match_whatever_their_case() {
        assertThat(names("spf50")).containsExactly("데일리 선크림 SPF50+");
        assertThat(names("SPF50+")).containsExactly("데일리 선크림 SPF50+");
    }

    @Test
    void every_word_must_match_but_each_may_match_a_different_field() {
        // 스니커즈 is in the name, 블랙 one of its colours, 신발 its category.
        assertThat(names("스니커즈 블랙")).containsExactly("화이트 레더 스니커즈");
        assertThat(names("신발 스니커즈")).containsExactly("화이트 레더 스니커즈");
        assertThat(names("스니커즈 핑크")).isEmpty();
    }

    @Test
    void query_syntax_typed_by_a_shopper_is_read_as_plain_text() {
        assertThat(names("\"청바지")).containsExactly("남성 스키니 청바지");
        assertThat(names("-청바지")).containsExactly("남성 스키니 청바지");
    }

    @Test
    void words_that_match_nothing_find_nothing() {
        SearchResult result = search.search(SearchQuery.of("냉장고"));
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(search.search(SearchQuery.of("   ")).total()).isZero();
    }

    @Test
    void autocomplete_suggests_product_names_from_the_first_syllable() {
        assertThat(search.suggest("청").suggestions()).contains("남성 스키니 청바지");
        assertThat(search.suggest("청바").suggestions()).containsExactly("남성 스키니 청바지");
        assertThat(search.suggest("스키").suggestions()).contains("남성 스키니 청바지");
        // A prefix of a word's part: 바 of 바지 in 청바지.
        assertThat(search.suggest("바").suggestions()).contains("남성 스키니 청바지");
        assertThat(search.suggest("spf").suggestions()).containsExactly("데일리 선크림 SPF50+");
        assertThat(search.suggest("냉장").suggestions()).isEmpty();
        assertThat(search.suggest(" ").suggestions()).isEmpty();
    }

    private List<String> names(String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(ProductCard::name).toList();
    }
}
