-- Cache misses for wrk: a quarter searches with new words, a quarter calculator pages with new inputs, half
-- pages drawn at random from a list of paths (one per line, e.g. the sitemap's, so that nearly every page is
-- rendered afresh). Issue 11's mixed load at 10,000 entries:
--   curl -s http://localhost:7070/sitemap.xml | grep -o '<loc>[^<]*' | sed 's#<loc>http://[^/]*##' > /tmp/paths
--   wrk -t2 -c128 -d15s -s src/bench/misses.lua http://localhost:7070 -- /tmp/paths
local paths = {}
local words = { "leverage", "margin", "liquidation", "price", "funding", "rate", "perpetual", "health", "factor",
  "loan", "levrage", "liquidaton" }

init = function(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
end

local i = 0
request = function()
  i = i + 1
  local kind = i % 4
  if kind == 0 then
    return wrk.format("GET", "/api/search?q=" .. words[math.random(1, #words)] .. "+" .. words[math.random(1, #words)]
      .. "&n=" .. math.random(1, 1e9))
  elseif kind == 1 then
    return wrk.format("GET", "/calculators/liquidation-price/?entry_price=" .. math.random(1000, 90000)
      .. "&quantity=0.5&leverage=" .. math.random(2, 50))
  end
  return wrk.format("GET", paths[math.random(1, #paths)], { ["Accept-Encoding"] = "gzip" })
end
