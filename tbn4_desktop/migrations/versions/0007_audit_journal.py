"""the journal of changes (audit trail)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Re-runnable: a folder an earlier build left half-way through this step opens.
    if sa.inspect(op.get_bind()).has_table('audit_entry'):
        return
    op.create_table(
        'audit_entry',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('user_name', sa.String(length=200), nullable=False),
        sa.Column('host_name', sa.String(length=200), nullable=False),
        sa.Column('organization_id', sa.Integer(), nullable=True),
        sa.Column('year', sa.Integer(), nullable=True),
        sa.Column('subtask_code', sa.String(length=20), nullable=True),
        sa.Column('period', sa.String(length=3), nullable=True),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('details', sa.Text(), nullable=False),
        sa.Column('prev_hash', sa.String(length=64), nullable=False),
        sa.Column('entry_hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry')),
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_org_year_code', ['organization_id', 'year', 'subtask_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_org_year_code')
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))
    op.drop_table('audit_entry')
