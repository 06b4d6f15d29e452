"""indexes: foreign keys the visit and order paths query, the org path for LIKE

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:00:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_referrer', ['referrer_id'], unique=False)

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_referrer', ['referrer_id'], unique=False)
        batch_op.create_index('ix_orders_share', ['share_id'], unique=False)

    # The subtree's LIKE 'prefix%' needs the pattern operator class on PostgreSQL outside
    # the C collation (SQLite ignores the option).
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.drop_index('ix_org_unit_path')
        batch_op.create_index('ix_org_unit_path', ['path'], unique=False,
                              postgresql_ops={'path': 'text_pattern_ops'})


def downgrade():
    with op.batch_alter_table('org_unit', schema=None) as batch_op:
        batch_op.drop_index('ix_org_unit_path')
        batch_op.create_index('ix_org_unit_path', ['path'], unique=False)

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_share')
        batch_op.drop_index('ix_orders_referrer')

    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_referrer')
