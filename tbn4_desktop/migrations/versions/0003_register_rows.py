"""register rows

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from tbn4_desktop.migrations import rerun

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    rerun.create_table(
        'register_row',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('execution_id', sa.Integer(), nullable=False),
        sa.Column('register_key', sa.String(length=100), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('values', sa.JSON(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ['execution_id'],
            ['subtask_execution.id'],
            name=op.f('fk_register_row_execution_id_subtask_execution'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_register_row')),
    )
    rerun.create_index('register_row', 'ix_register_row_execution_id', ['execution_id'])


def downgrade() -> None:
    with op.batch_alter_table('register_row', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_register_row_execution_id'))

    op.drop_table('register_row')
