import time, os, cProfile, pstats, sys
os.environ["DATABASE_URL"]="sqlite:////tmp/demo.db"; os.environ["SECRET_KEY"]="x"
from flask import Flask
from app import create_app
from app.extensions import db
from app.org.models import User
from sqlalchemy import select
app=create_app('production')
with app.app_context():
    code=db.session.scalar(select(User.shop_code).where(User.username=="rep01"))
bare=Flask("bare")
@bare.route("/")
def hello(): return "hello"
def bench(name, fn, n=1000):
    best=1e9
    for _ in range(5):
        t=time.perf_counter()
        for _ in range(n): fn()
        best=min(best,(time.perf_counter()-t)/n*1000)
    print(name, round(best,3))
c=app.test_client(); b=bare.test_client()
bench("bare", lambda: b.get("/"))
bench("shop", lambda: c.get(f"/api/v1/shops/{code}"))
bench("shell", lambda: c.get(f"/s/{code}/p/1"))
if len(sys.argv)>1:
    pr=cProfile.Profile(); pr.enable()
    for _ in range(1000): c.get(sys.argv[1].replace("CODE", code))
    pr.disable(); st=pstats.Stats(pr); st.sort_stats("cumulative").print_stats(60)
