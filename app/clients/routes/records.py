"""Customer records: import from a spreadsheet (and its template), duplicates and merge."""

from flask import Response
from flask_login import current_user

from app.clients import imports, merge, schemas
from app.clients.queries import for_book
from app.core.access import ROLE_HQ, ROLE_REP, get_scoped_or_404, login_required, roles_required
from app.core.api import FILE, Blueprint, NoFormFieldsSchema, PageArgsSchema, page_of
from app.core.tables import XLSX_MIMETYPE
from app.customers.models import Customer
from app.shop.schemas import ImportFileSchema

blp = Blueprint("customer_records", __name__, url_prefix="/api/v1",
                description="客户导入、查重与合并")


@blp.route("/customers/import", methods=["POST"])
@blp.arguments(NoFormFieldsSchema, location="form")
@blp.arguments(ImportFileSchema, location="files")
@blp.response(201, schemas.CustomerImportResultSchema)
@roles_required(ROLE_REP, ROLE_HQ)
def import_customers(_, files):
    """Add customers from a CSV or Excel file (HQ: each row names its rep); one bad row
    imports nothing."""
    upload = files["file"]
    return imports.import_customers(current_user, upload.filename or "", upload.read())


@blp.route("/customers/import-template", methods=["GET"])
@blp.response(200, FILE, content_type=XLSX_MIMETYPE)
@roles_required(ROLE_REP, ROLE_HQ)
def import_template():
    """The Excel file to fill in for an import, with how to fill it and the tag vocabulary."""
    return Response(imports.template(current_user), mimetype=XLSX_MIMETYPE,
                    headers={"Content-Disposition":
                             'attachment; filename="customer-import.xlsx"'})


@blp.route("/customers/duplicates", methods=["GET"])
@blp.arguments(PageArgsSchema, location="query")
@blp.response(200, page_of(schemas.DuplicateGroupSchema))
@login_required
def duplicates(page):
    """Customers in my scope who share a phone: likely one person, to merge."""
    return merge.duplicate_groups(current_user, page)


@blp.route("/customers/<bigid:customer_id>/merge", methods=["POST"])
@blp.arguments(schemas.CustomerMergeSchema)
@blp.response(200, schemas.CustomerProfileSchema)
@login_required
def merge_customer(data, customer_id):
    """Merge another record of the same person into this one, with all its history (both
    of one rep: 409 across reps, hand over first)."""
    kept = get_scoped_or_404(Customer, customer_id, current_user)
    other = get_scoped_or_404(Customer, data["other_id"], current_user)
    merge.merge_customers(current_user, kept, other)
    return for_book([kept])[0]
