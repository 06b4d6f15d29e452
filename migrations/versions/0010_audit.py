"""interaction audit: the read log, and the activity log's indexes by verb for its pages

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-01 15:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('audit_read',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reader_id', sa.Integer(), nullable=False),
    sa.Column('org_unit_id', sa.Integer(), nullable=True),
    sa.Column('address', sa.String(length=64), nullable=True),
    sa.Column('rep_id', sa.BigInteger(), nullable=True),
    sa.Column('customer_id', sa.BigInteger(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=True),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('end', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['org_unit_id'], ['org_unit.id'], name=op.f('fk_audit_read_org_unit_id_org_unit')),
    sa.ForeignKeyConstraint(['reader_id'], ['users.id'], name=op.f('fk_audit_read_reader_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_read'))
    )
    with op.batch_alter_table('audit_read', schema=None) as batch_op:
        batch_op.create_index('ix_audit_read_at', ['at', 'id'], unique=False)
        batch_op.create_index('ix_audit_read_org_at', ['org_unit_id', 'at'], unique=False)

    with op.batch_alter_table('activity_event', schema=None) as batch_op:
        batch_op.create_index('ix_activity_event_verb_at', ['verb', 'occurred_at', 'id'], unique=False)
        batch_op.create_index('ix_activity_event_org_verb_at', ['org_unit_id', 'verb', 'occurred_at', 'id'], unique=False)


def downgrade():
    with op.batch_alter_table('activity_event', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_event_org_verb_at')
        batch_op.drop_index('ix_activity_event_verb_at')

    with op.batch_alter_table('audit_read', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_read_org_at')
        batch_op.drop_index('ix_audit_read_at')

    op.drop_table('audit_read')
