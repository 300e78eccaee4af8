-- The soak: GET today, POST a check-in and POST a recording in turn, each with its own token
-- (BENCH_TOKEN for today, BENCH_TOKEN_CHECKIN, BENCH_TOKEN_UPLOAD).
dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local run = read_file(os.getenv("BENCH_PAYLOADS") .. "/run.json")
local checkin = '{"painNow":2,"worstPain24h":3,"locations":["CENTRAL"],"painDuringRun":2,"nextMorning":"SAME"}'
local n = 0
local auth = function(t) return { ["Authorization"] = "Bearer " .. t, ["Content-Type"] = "application/json",
  ["Accept"] = "application/json" } end
local today_h = auth(token)
local checkin_h = auth(os.getenv("BENCH_TOKEN_CHECKIN"))
local upload_h = auth(os.getenv("BENCH_TOKEN_UPLOAD"))

function request()
  n = n + 1
  local k = n % 10
  if k == 0 then
    return wrk.format("POST", "/api/v1/motion/imu", upload_h, run)
  elseif k < 4 then
    return wrk.format("POST", "/api/v1/checkins", checkin_h, checkin)
  else
    return wrk.format("GET", "/api/v1/today", today_h)
  end
end
