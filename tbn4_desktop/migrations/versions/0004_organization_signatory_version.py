"""organization and signatory version

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from tbn4_desktop.migrations import rerun

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows start at version 1, like new ones.
    rerun.add_column('organization', sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
    rerun.add_column('signatory', sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_column('version')
    with op.batch_alter_table('organization', schema=None) as batch_op:
        batch_op.drop_column('version')
