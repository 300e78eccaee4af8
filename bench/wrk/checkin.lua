dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
wrk.method = "POST"
wrk.path = "/api/v1/checkins"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"painNow":2,"worstPain24h":3,"locations":["CENTRAL"],"painDuringRun":2,"nextMorning":"SAME"}'
