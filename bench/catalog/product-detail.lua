-- wrk script: product detail pages of random products across the whole catalog (mostly cache misses: "cold").
local products = tonumber(os.getenv("PRODUCTS") or "500000")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/products/p-" .. math.random(1, products))
end
