"""Orders as a spreadsheet: the order list's own query and filters, a row per order."""

from app.core.exports import batches, count_of, local_time, register_export
from app.shop.queries import order_list
from app.shop.schemas import OrderListArgsSchema
from app.shop.services.commission import yuan
from app.shop.services.orders import STATUS_LABELS

FULFILMENT_NAMES = {"delivery": "配送", "pickup": "自提"}
COLUMNS = (("number", "订单号"), ("placed_at", "下单时间"), ("status", "状态"),
           ("rep", "员工"), ("contact_name", "联系人"), ("contact_phone", "联系电话"),
           ("lines", "商品"), ("item_count", "件数"), ("subtotal", "商品金额（元）"),
           ("discount", "优惠（元）"), ("total", "应付（元）"), ("paid", "已付（元）"),
           ("fulfilment", "取货方式"), ("address", "地址"), ("remark", "备注"),
           ("paid_at", "付款时间"), ("completed_at", "完成时间"), ("closed_at", "关闭时间"),
           ("payment_ref", "付款凭证号"))


def order_rows(actor, filters: dict):
    for page in batches(order_list(actor, filters)):
        for o in page:
            yield {
                "number": o.number, "placed_at": local_time(o.placed_at),
                "status": STATUS_LABELS.get(o.status, o.status), "rep": o.rep.name,
                "contact_name": o.contact_name, "contact_phone": o.contact_phone,
                "lines": "；".join(f"{line.product_name} ×{line.quantity}" for line in o.lines),
                "item_count": o.item_count, "subtotal": yuan(o.subtotal_amount),
                "discount": yuan(o.subtotal_amount - o.total_amount),
                "total": yuan(o.total_amount), "paid": yuan(o.paid_amount),
                "fulfilment": FULFILMENT_NAMES.get(o.fulfilment, o.fulfilment),
                "address": o.address, "remark": o.remark, "paid_at": local_time(o.paid_at),
                "completed_at": local_time(o.completed_at),
                "closed_at": local_time(o.closed_at), "payment_ref": o.payment_ref,
            }


register_export("orders", "订单", COLUMNS, order_rows,
                lambda actor, filters: count_of(order_list(actor, filters)),
                filters=OrderListArgsSchema)
