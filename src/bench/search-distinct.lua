-- Uncached search for wrk: every request is a new 20-word query (words drawn from the glossary's vocabulary,
-- some misspelt), so the answer cache never helps. Usage: wrk -s src/bench/search-distinct.lua URL
local words = { "leverage", "margin", "liquidation", "price", "funding", "rate", "perpetual", "health", "factor",
  "loan", "value", "option", "delta", "gamma", "vega", "loop", "collateral", "debt", "borrow", "cascade",
  "insurance", "notional", "maintenance", "initial", "cross", "isolated", "inverse", "skew", "volatility",
  "decay", "kelly", "basel", "ratio", "exposure", "levrage", "liquidaton", "colateral", "voltility", "fundng" }
local n = 0
request = function()
  n = n + 1
  local q = {}
  for w = 1, 20 do
    q[w] = words[((n * 7919 + w * 104729 + math.random(1, 1000000)) % #words) + 1]
  end
  return wrk.format("GET", "/api/search?q=" .. table.concat(q, "+") .. "&n=" .. n .. "-" .. math.random(1, 1e9))
end
