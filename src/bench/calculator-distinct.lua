-- Calculator API answers that no cache holds (nginx's micro-cache nor the instance's): every request asks for a new
-- notional. Usage: wrk -s src/bench/calculator-distinct.lua URL
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/calculators/leverage-ratio?equity=10000&notional=" .. (50000 + n) .. "." .. math.random(1, 999999))
end
