"""signatory IIN (matched with an electronic signature's certificate)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from tbn4_desktop.migrations import rerun

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Optional: existing signatories have none until someone enters it.
    rerun.add_column('signatory', sa.Column('iin', sa.String(length=12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_column('iin')
