package io.tunemall.catalog.demo;

import java.util.List;

/** The demo shop's categories and products: a small Korean fashion and lifestyle brand. */
final class DemoAssortment {

    record DemoCategory(String slug, String name) {
    }

    static final List<DemoCategory> CATEGORIES = List.of(
            new DemoCategory("outer", "아우터"),
            new DemoCategory("tops", "상의"),
            new DemoCategory("bottoms", "하의"),
            new DemoCategory("shoes", "신발"),
            new DemoCategory("bags", "가방·잡화"),
            new DemoCategory("beauty", "뷰티"));

    private static final List<String> CLOTHING = List.of("S", "M", "L", "XL");
    private static final List<String> SHOES = List.of("230", "240", "250", "260", "270");
    private static final List<String> ONE_SIZE = List.of("FREE");

    static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("outer", "wool-blend-long-coat", "울 블렌드 싱글 롱코트", "가볍고 따뜻한 울 혼방 싱글 브레스티드 코트", 189_000, 259_000, List.of("블랙", "베이지", "그레이"), "사이즈", CLOTHING),
            new DemoProduct("outer", "light-down-jacket", "초경량 구스다운 재킷", "주머니에 접어 넣는 구스다운 90:10", 129_000, 129_000, List.of("블랙", "네이비", "카키"), "사이즈", CLOTHING),
            new DemoProduct("outer", "cotton-trench-coat", "코튼 트렌치코트", "발수 가공 코튼 개버딘 트렌치", 149_000, 179_000, List.of("베이지", "네이비"), "사이즈", CLOTHING),
            new DemoProduct("outer", "fleece-zip-up", "보아 플리스 집업", "부드러운 보아 플리스 하이넥 집업", 59_000, 69_000, List.of("아이보리", "브라운"), "사이즈", CLOTHING),
            new DemoProduct("outer", "denim-trucker-jacket", "데님 트러커 재킷", "워싱 데님 트러커 재킷", 79_000, 79_000, List.of("블루", "블랙"), "사이즈", CLOTHING),
            new DemoProduct("tops", "oversized-cotton-tee", "오버핏 코튼 반팔 티셔츠", "20수 코튼 싱글 저지 오버핏 티셔츠", 19_900, 25_000, List.of("화이트", "블랙", "그레이", "네이비"), "사이즈", CLOTHING),
            new DemoProduct("tops", "oxford-button-down", "옥스포드 버튼다운 셔츠", "탄탄한 옥스포드 원단의 베이직 셔츠", 39_000, 45_000, List.of("화이트", "블루"), "사이즈", CLOTHING),
            new DemoProduct("tops", "merino-crew-knit", "메리노 울 크루넥 니트", "까슬거림 없는 엑스트라 파인 메리노", 69_000, 89_000, List.of("베이지", "네이비", "레드"), "사이즈", CLOTHING),
            new DemoProduct("tops", "heavy-sweatshirt", "헤비 코튼 맨투맨", "기모 없는 헤비 코튼 테리 맨투맨", 45_000, 45_000, List.of("그레이", "블랙", "아이보리"), "사이즈", CLOTHING),
            new DemoProduct("tops", "linen-blend-shirt", "린넨 블렌드 오픈카라 셔츠", "시원한 린넨 혼방 오픈카라 셔츠", 42_000, 52_000, List.of("아이보리", "카키"), "사이즈", CLOTHING),
            new DemoProduct("tops", "striped-long-sleeve", "스트라이프 긴팔 티셔츠", "마린 스트라이프 보트넥 긴팔", 29_000, 29_000, List.of("네이비", "레드"), "사이즈", CLOTHING),
            new DemoProduct("bottoms", "skinny-jeans-men", "남성 스키니 청바지", "스트레치 데님 남성 스키니 핏 청바지", 49_000, 59_000, List.of("블루", "블랙"), "사이즈", CLOTHING),
            new DemoProduct("bottoms", "wide-denim-pants", "여성 와이드 데님 팬츠", "하이웨이스트 와이드 핏 데님", 52_000, 52_000, List.of("블루", "아이보리"), "사이즈", CLOTHING),
            new DemoProduct("bottoms", "chino-straight", "스트레이트 치노 팬츠", "구김이 적은 코튼 트윌 치노", 39_000, 49_000, List.of("베이지", "카키", "네이비"), "사이즈", CLOTHING),
            new DemoProduct("bottoms", "pleated-slacks", "원턱 와이드 슬랙스", "허리 밴딩 원턱 와이드 슬랙스", 44_000, 44_000, List.of("블랙", "그레이"), "사이즈", CLOTHING),
            new DemoProduct("bottoms", "jogger-pants", "테크 조거 팬츠", "신축성 좋은 기능성 조거 팬츠", 35_000, 42_000, List.of("블랙", "그레이"), "사이즈", CLOTHING),
            new DemoProduct("bottoms", "pleats-long-skirt", "플리츠 롱스커트", "찰랑이는 플리츠 미디 롱스커트", 47_000, 47_000, List.of("베이지", "블랙"), "사이즈", CLOTHING),
            new DemoProduct("shoes", "white-leather-sneakers", "화이트 레더 스니커즈", "천연 소가죽 미니멀 스니커즈", 89_000, 109_000, List.of("화이트", "블랙"), "사이즈", SHOES),
            new DemoProduct("shoes", "running-shoes", "쿠셔닝 러닝 운동화", "가벼운 쿠셔닝 데일리 러닝 운동화", 79_000, 99_000, List.of("그레이", "네이비", "핑크"), "사이즈", SHOES),
            new DemoProduct("shoes", "chelsea-boots", "스웨이드 첼시 부츠", "소프트 스웨이드 사이드 고어 부츠", 129_000, 129_000, List.of("브라운", "블랙"), "사이즈", SHOES),
            new DemoProduct("shoes", "canvas-slip-on", "캔버스 슬립온", "끈 없이 편한 캔버스 슬립온", 32_000, 39_000, List.of("화이트", "네이비"), "사이즈", SHOES),
            new DemoProduct("shoes", "comfort-slides", "컴포트 슬리퍼", "푹신한 EVA 소재 슬라이드", 19_000, 19_000, List.of("블랙", "베이지"), "사이즈", SHOES),
            new DemoProduct("bags", "leather-tote", "소가죽 데일리 토트백", "A4가 들어가는 소가죽 토트백", 159_000, 199_000, List.of("블랙", "브라운"), "사이즈", ONE_SIZE),
            new DemoProduct("bags", "nylon-backpack", "나일론 백팩", "노트북 수납 가능한 발수 나일론 백팩", 69_000, 69_000, List.of("블랙", "네이비", "카키"), "사이즈", ONE_SIZE),
            new DemoProduct("bags", "canvas-eco-bag", "캔버스 에코백", "두툼한 10수 캔버스 에코백", 15_000, 18_000, List.of("아이보리", "블랙"), "사이즈", ONE_SIZE),
            new DemoProduct("bags", "cashmere-muffler", "캐시미어 머플러", "캐시미어 100% 머플러", 89_000, 119_000, List.of("그레이", "베이지", "레드"), "사이즈", ONE_SIZE),
            new DemoProduct("beauty", "hydrating-toner", "수분 진정 토너", "민감 피부를 위한 저자극 수분 토너", 18_000, 24_000, List.of(), "용량", List.of("150ml", "300ml")),
            new DemoProduct("beauty", "daily-sunscreen", "데일리 선크림 SPF50+", "백탁 없는 가벼운 데일리 선크림", 16_500, 22_000, List.of(), "용량", List.of("50ml")),
            new DemoProduct("beauty", "ceramide-cream", "세라마이드 장벽 크림", "건조한 피부 장벽을 지키는 보습 크림", 28_000, 28_000, List.of(), "용량", List.of("50ml", "100ml")),
            new DemoProduct("beauty", "perfume-hand-cream", "퍼퓸 핸드크림 세트", "은은한 향의 핸드크림 3종 세트", 21_000, 27_000, List.of(), "구성", List.of("3종 세트")));

    private DemoAssortment() {
    }
}
