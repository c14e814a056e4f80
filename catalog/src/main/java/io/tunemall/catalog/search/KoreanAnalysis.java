package io.tunemall.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How product text is cut into searchable words, for the Lucene backend ({@code hibernate.search.backend.analysis
 * .configurer}). The chains are built here as plain Lucene analyzers so a unit test can run exactly what the index
 * runs.
 *
 * <ul>
 *   <li>{@value #KOREAN}: Nori with decompounding in mixed mode (청바지 is kept and also split into 청 + 바지, so
 *       either finds it), a part-of-speech stop filter that drops particles and endings (운동화를 → 운동화), Hanja
 *       read as Hangul, and lower case for Latin letters (SPF50 = spf50).</li>
 *   <li>{@value #AUTOCOMPLETE} and {@value #AUTOCOMPLETE_PARTS}: edge n-grams of whole words and of Nori's parts, so
 *       a prefix typed in the search box (청, 청바) finds 청바지 and 바 finds 청바지 through 바지; searched with
 *       {@value #AUTOCOMPLETE_QUERY}, which keeps the typed prefix whole.</li>
 * </ul>
 */
public class KoreanAnalysis implements LuceneAnalysisConfigurer {

    public static final String KOREAN = "korean";
    public static final String AUTOCOMPLETE = "autocomplete";
    public static final String AUTOCOMPLETE_PARTS = "autocomplete_parts";
    public static final String AUTOCOMPLETE_QUERY = "autocomplete_query";
    public static final String LOWERCASE = "lowercase";

    /**
     * Lucene's default stop tags less three: MM and MAG, because Nori tags loanwords such as 울 and 싱글 as
     * determiner or adverb and they are product words here; XSN, because Nori reads 운동화 alone as 운동 + 화 (suffix)
     * but 운동화를 as a compound, and dropping the suffix would make the two never meet.
     */
    static final String STOP_TAGS = "E,IC,J,MAJ,SP,SSC,SSO,SC,SE,XPN,XSA,XSV,UNA,NA,VSV";

    /** Words Nori's dictionary splits wrongly in shop text (구스다운 as 구스 + an adjective); one per line. */
    static final String USER_DICTIONARY = "userdict_ko.txt";

    private static final int LONGEST_PREFIX = 20;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(KOREAN).instance(korean());
        context.analyzer(AUTOCOMPLETE).instance(autocomplete());
        context.analyzer(AUTOCOMPLETE_PARTS).instance(autocompleteParts());
        context.analyzer(AUTOCOMPLETE_QUERY).instance(autocompleteQuery());
        context.normalizer(LOWERCASE).custom().tokenFilter("lowercase");
    }

    public static Analyzer korean() {
        return build(builder -> nori(builder).addTokenFilter("lowercase"));
    }

    static Analyzer autocomplete() {
        return build(builder -> builder.withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("edgeNGram", "minGramSize", "1", "maxGramSize", String.valueOf(LONGEST_PREFIX)));
    }

    static Analyzer autocompleteParts() {
        return build(builder -> nori(builder)
                .addTokenFilter("lowercase")
                .addTokenFilter("edgeNGram", "minGramSize", "1", "maxGramSize", String.valueOf(LONGEST_PREFIX)));
    }

    static Analyzer autocompleteQuery() {
        return build(builder -> builder.withTokenizer("standard").addTokenFilter("lowercase"));
    }

    private static CustomAnalyzer.Builder nori(CustomAnalyzer.Builder builder) throws IOException {
        return builder
                .withTokenizer("korean", "decompoundMode", "mixed", "discardPunctuation", "true",
                        "userDictionary", USER_DICTIONARY)
                .addTokenFilter("koreanPartOfSpeechStop", "tags", STOP_TAGS)
                .addTokenFilter("koreanReadingForm");
    }

    private interface Chain {
        CustomAnalyzer.Builder apply(CustomAnalyzer.Builder builder) throws IOException;
    }

    private static Analyzer build(Chain chain) {
        try {
            // Resources (the user dictionary) are read from this package on the classpath, inside the app's jar too.
            return chain.apply(CustomAnalyzer.builder(new ClasspathResourceLoader(KoreanAnalysis.class))).build();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not build the Korean analyzers", failure);
        }
    }
}
