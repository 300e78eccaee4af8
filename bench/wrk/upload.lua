dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
wrk.method = "POST"
wrk.path = "/api/v1/motion/imu"
wrk.headers["Content-Type"] = "application/json"
wrk.body = read_file(os.getenv("BENCH_PAYLOADS") .. "/run.json")
