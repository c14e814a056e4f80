-- wrk script: searches for random Korean words of the generated catalog, some with particles ("cold").
local words = { "청바지", "운동화를", "티셔츠", "셔츠", "니트", "코트를", "재킷", "슬랙스", "스커트", "원피스", "백팩", "수분크림",
  "스키니 청바지", "오버핏 티셔츠", "여성 코트", "키즈 운동화", "빈티지 재킷", "와이드 슬랙스" }
math.randomseed(os.time() + 2)
local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  return wrk.format("GET", "/search?q=" .. encode(words[math.random(1, #words)]) .. "&page=" .. math.random(1, 3))
end
