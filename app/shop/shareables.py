"""What a rep can share: the shop and its products here, and what higher packages register
(marketing's materials, coupons and group-buys) without shop knowing them.

A share token names an object type and id; `register_shareable()` says for a type how to
check that a rep may share the object (raise NotFound otherwise), which page of the rep's shop
opens it, what its poster shows (the standard poster's content, or a drawing of its own: a
poster image with the rep's QR drawn into it, a business card), and what the visitor radar
calls its page (`titles`, read for a whole page of the radar at once, else its `label`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from app.core.errors import NotFound, ValidationError
from app.extensions import db
from app.shop.models import Product


@dataclass(frozen=True)
class PosterContent:
    title: str
    subtitle: str | None = None
    price_text: str | None = None
    cover_url: str | None = None  # a /media/ URL, drawn as the poster's cover


@dataclass(frozen=True)
class Shareable:
    check: Callable  # (rep, object_id) -> None; raise NotFound (or ValidationError)
    path: Callable  # (shop_code, object_id) -> the page's path in the rep's shop
    poster: Callable | None = None  # (object_id) -> PosterContent; None: the shop's poster
    # (rep, object_id, url) -> PNG bytes of a poster drawn its own way, or None for the
    # standard one; `url` is the share link its QR code holds.
    draw: Callable | None = None
    # (object_ids) -> {object_id: title} of those that exist, in one query: what the radar
    # calls the page; None: the type has one page and its label says it (the shop).
    titles: Callable | None = None
    label: str = ""  # the page's name without a title of its own, or once its object is gone


SHAREABLE: dict[str, Shareable] = {}


def register_shareable(object_type: str, shareable: Shareable) -> None:
    if object_type in SHAREABLE:
        raise ValueError(f"{object_type!r} is shareable already")
    SHAREABLE[object_type] = shareable


def is_shareable(object_type: str) -> bool:
    """For schemas: a type some package registered."""
    return object_type in SHAREABLE


def check(rep, object_type: str, object_id: int | None) -> None:
    """Raise unless the rep may share (or a customer open) this object now."""
    if object_type not in SHAREABLE:
        raise ValidationError(fields={"object_type": ["不支持的分享类型"]})
    SHAREABLE[object_type].check(rep, object_id)


def path_of(object_type: str, shop_code: str, object_id: int | None) -> str:
    return SHAREABLE[object_type].path(shop_code, object_id)


def poster_of(object_type: str, object_id: int | None) -> PosterContent | None:
    poster = SHAREABLE[object_type].poster
    return poster(object_id) if poster else None


def drawn_poster(object_type: str, rep, object_id: int | None, url: str) -> bytes | None:
    """The object's own poster for the rep's link, or None when it takes the standard one."""
    draw = SHAREABLE[object_type].draw
    return draw(rep, object_id, url) if draw else None


def column_titles(id_column, title_column, noun: str | None = None) -> Callable:
    """A `titles` reading each object's title off a column (of its table, or one its table
    has a foreign key to), in one query for all; with `noun`, told as 素材「...」."""
    def titles(object_ids) -> dict[int, str]:
        query = select(id_column, title_column).where(id_column.in_(object_ids))
        if title_column.class_ is not id_column.class_:
            query = query.join_from(id_column.class_, title_column.class_)
        return {object_id: f"{noun}「{title}」" if noun else title
                for object_id, title in db.session.execute(query)}
    return titles


UNKNOWN_PAGE = "店铺页面"  # a type without a label, or one no package registers any more


def titles_of(pages) -> dict[tuple[str, int | None], str]:
    """What the radar calls each (object type, object id) page: the object's title, else its
    type's label; one query per type, whatever the number of pages."""
    ids: dict[str, set[int]] = {}
    for object_type, object_id in pages:
        if object_id is not None:
            ids.setdefault(object_type, set()).add(object_id)
    found: dict[tuple[str, int], str] = {}
    for object_type, object_ids in ids.items():
        shareable = SHAREABLE.get(object_type)
        if shareable is not None and shareable.titles is not None:
            found |= {(object_type, object_id): title
                      for object_id, title in shareable.titles(object_ids).items()}

    def label(object_type: str) -> str:
        shareable = SHAREABLE.get(object_type)
        return shareable.label if shareable is not None and shareable.label else UNKNOWN_PAGE

    return {page: found.get(page) or label(page[0]) for page in pages}


def title_of(object_type: str, object_id: int) -> str | None:
    """The object's title, or None when no such object exists (or its type has none)."""
    shareable = SHAREABLE.get(object_type)
    if shareable is None or shareable.titles is None:
        return None
    return shareable.titles([object_id]).get(object_id)


def _check_shop(rep, object_id: int | None) -> None:
    if object_id is not None:
        raise ValidationError(fields={"object_id": ["分享店铺时不填"]})


def _check_product(rep, object_id: int | None) -> None:
    product = db.session.get(Product, object_id) if object_id else None
    if product is None or not product.on_sale:
        raise NotFound("商品不存在或已下架")


def _product_poster(object_id: int) -> PosterContent:
    product = db.session.get(Product, object_id)
    return PosterContent(product.name, product.subtitle or None, f"¥{product.price / 100:.2f}",
                         product.cover_url)


register_shareable("shop", Shareable(_check_shop, lambda code, _: f"/s/{code}",
                                     label="店铺首页"))
register_shareable("product", Shareable(_check_product, lambda code, pid: f"/s/{code}/p/{pid}",
                                        _product_poster,
                                        titles=column_titles(Product.id, Product.name),
                                        label="商品"))
