"""electronic signature files among attachments: the document a detached
signature signs, and what its certificate said when it was attached

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from tbn4_desktop.migrations import rerun

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Both empty for every file attached before: none of them is a signature.
    rerun.add_column('attachment', sa.Column('signs_sha256', sa.String(length=64), nullable=True))
    rerun.add_column('attachment', sa.Column('signature_info', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_column('signature_info')
        batch_op.drop_column('signs_sha256')
