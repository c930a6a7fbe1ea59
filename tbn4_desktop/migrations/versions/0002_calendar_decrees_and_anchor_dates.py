"""calendar decrees and anchor dates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

from tbn4_desktop.migrations import rerun

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    rerun.create_table(
        'calendar_decree',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('note', sa.String(length=500), nullable=False),
        sa.Column('basis', sa.String(length=500), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_decree')),
        sa.UniqueConstraint('day', name=op.f('uq_calendar_decree_day')),
    )
    rerun.create_table(
        'anchor_date',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year_plan_id', sa.Integer(), nullable=False),
        sa.Column('event', sa.String(length=40), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ['year_plan_id'], ['year_plan.id'], name=op.f('fk_anchor_date_year_plan_id_year_plan'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_anchor_date')),
        sa.UniqueConstraint('year_plan_id', 'event', name=op.f('uq_anchor_date_year_plan_id')),
    )
    rerun.create_index('anchor_date', 'ix_anchor_date_year_plan_id', ['year_plan_id'])


def downgrade() -> None:
    with op.batch_alter_table('anchor_date', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_anchor_date_year_plan_id'))

    op.drop_table('anchor_date')
    op.drop_table('calendar_decree')
