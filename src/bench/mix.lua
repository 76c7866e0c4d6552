-- A realistic URL mix for wrk: entries, areas, search, suggest and calculator API requests in turn.
local paths = {
  "/definition/liquidation-price/", "/term/leverage-loops/", "/definition/health-factor/", "/term/high-leverage/",
  "/definition/leverage-ratio/", "/area/margin-and-liquidation/", "/area/leverage-ratio-amplification/",
  "/search?q=liquidation+price", "/search?q=helth+factor", "/api/search?q=leverage+loops", "/api/suggest?q=liq",
  "/api/suggest?q=lev+lo", "/api/calculators/liquidation-price?entry_price=60000&quantity=0.5&leverage=10",
  "/api/calculators/leverage-loop?deposit=10000&ltv_pct=75&loops=3", "/", "/glossary/"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "gzip" })
end
