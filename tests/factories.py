"""factory_boy builders for the models; every factory commits so HTTP requests see the rows."""

import factory
from factory.alchemy import SQLAlchemyModelFactory
from werkzeug.security import generate_password_hash

from app.core.access import ROLE_BOSS, ROLE_HQ, ROLE_REP
from app.extensions import db
from app.org import services
from app.org.models import OrgUnit, User, new_shop_code
from app.shop.models import Category, Product

PASSWORD = "correct-horse-9"
# One scrypt hash for every built user: hashing per user would slow the suite down.
PASSWORD_HASH = generate_password_hash(PASSWORD, method="scrypt")


class BaseFactory(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "commit"


class OrgUnitFactory(BaseFactory):
    """Built through the service, which maintains the materialized path."""

    class Meta:
        model = OrgUnit

    name = factory.Sequence(lambda n: f"团队{n}")
    kind = "team"
    parent = None

    @classmethod
    def _create(cls, model_class, name, kind, parent=None, **kwargs):
        unit = services.create_unit(None, name, kind, parent.id if parent else None)
        db.session.commit()
        return unit


class UserFactory(BaseFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n:04d}")
    name = factory.Sequence(lambda n: f"用户{n}")
    phone = factory.Sequence(lambda n: f"186{n:08d}")
    role = ROLE_REP
    password_hash = PASSWORD_HASH
    active = True
    shop_code = factory.LazyAttribute(
        lambda user: new_shop_code() if user.role == ROLE_REP else None)
    org_unit_id = factory.LazyAttribute(lambda user: user.org_unit.id)

    class Params:
        org_unit = None


class RepFactory(UserFactory):
    role = ROLE_REP


class BossFactory(UserFactory):
    role = ROLE_BOSS


class HqAdminFactory(UserFactory):
    role = ROLE_HQ


class CategoryFactory(BaseFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"分类{n}")
    sort_order = factory.Sequence(int)


class ProductFactory(BaseFactory):
    class Meta:
        model = Product

    name = factory.Sequence(lambda n: f"商品{n}")
    subtitle = "好用不贵"
    price = 10000
    list_price = 12000
    stock = 100
    on_sale = True
    commission_rate_bps = 1000
    category = factory.SubFactory(CategoryFactory)
    tags = factory.LazyFunction(lambda: ["新品"])
