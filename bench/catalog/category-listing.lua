-- wrk script: random pages of random sub-categories, sorted four ways (mostly cache misses: "cold").
local sorts = { "new", "popular", "price-asc", "price-desc" }
math.randomseed(os.time() + 1)
request = function()
  local path = "/categories/sub-" .. math.random(1, 60) .. "?page=" .. math.random(1, 20) .. "&sort=" .. sorts[math.random(1, 4)]
  return wrk.format("GET", path)
end
