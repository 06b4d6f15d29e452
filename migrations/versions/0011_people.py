"""people: whether a boss manages the reps of their subtree

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-08 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.add_column(sa.Column('boss_manages_people', sa.Boolean(),
                                      server_default=sa.true(), nullable=False))


def downgrade():
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.drop_column('boss_manages_people')
